/**
 * Reads the metric a change "by N" is in: "reduces RMSE by 8%", "improves PQ by 1.9 on COCO and
 * mIoU by 2.2", "its FLOPs were diminished by 63%".
 */
import { EFFICIENCY_NOUN } from "./lexicon";
import { isMetricPhrase } from "./metric";

/**
 * "reduces RMSE by 8%", "improves the mIoU on ADE20K by 2.1": the metric a change by N is in.
 * "improves over ReasoningBank by 4.5%": what is improved on is no metric.
 */
// Verbs of change said with "by N", active ("reduces RMSE by") or passive ("RMSE was reduced by").
const CHANGED = String.raw`(?:reduc|lower|improv|increas|boost|rais|cut|decreas|enhanc|diminish|shrunk)\w*`;
const BY_AMOUNT = String.raw`by\s+(?:up to\s+|about\s+|around\s+|nearly\s+|over\s+)?$`;
const CHANGED_BY = new RegExp(
  String.raw`\b${CHANGED}\s+(?:the\s+|its\s+|their\s+)?((?!(?:over|than|upon|against|on|to|with)\s)(?:[\w@.+-]+\s){0,2}?[\w@.+-]+)\s+(?:(?:on|in|over|for)\s+[^,;()]{1,40}?\s+)?${BY_AMOUNT}`,
  "i",
);

export function metricChangedBy(text: string, start: number): string | null {
  const before = text.slice(Math.max(0, start - 90), start);
  if (!/\bby\s+(?:\w+\s+)?$/.test(before)) return null;
  // "improves PQ by 1.9 on COCO and mIoU by 2.2": a second change names its own metric after "and".
  const coordinated = COORDINATED_BY.exec(before)?.[1];
  if (coordinated && isMetricPhrase(coordinated)) return coordinated;
  const phrase = CHANGED_BY.exec(before)?.[1];
  // "PQ by 1.9 on COCO and mIoU": a phrase that runs across an earlier change is no metric.
  if (phrase && !/\bby\s+[+~]?\d/.test(phrase) && isMetricPhrase(phrase)) return phrase;
  // "its FLOPs were diminished by 63%": the metric is the passive verb's subject.
  const passive = PASSIVE_CHANGED_BY.exec(before)?.[1];
  return passive && (isMetricPhrase(passive) || EFFICIENCY_NOUN.test(passive)) ? passive : null;
}

// The first change's verb is one of a metric ("improves PQ by"), not of a rival ("outperforms X by").
const COORDINATED_BY = new RegExp(
  String.raw`\b${CHANGED}\s+(?:the\s+|its\s+)?[\w@.+-]+(?:\s[\w@.+-]+)?\s+by\s+[+~]?\d[^,;()]{0,60}?\b(?:,\s*)?and\s+(?:the\s+|its\s+)?((?:[\w@.+-]+\s)?[\w@.+-]+)\s+${BY_AMOUNT}`,
  "i",
);

const PASSIVE_CHANGED_BY = new RegExp(
  String.raw`([\w@.+-]+)\)?,?\s+(?:was|were|is|are|has been|have been)\s+${CHANGED}\s+${BY_AMOUNT}`,
  "i",
);
