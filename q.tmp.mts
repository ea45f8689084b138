import { synthesise } from "./tests/bench/synth";
import { measureExtraction } from "./tests/bench/measure-extract";
const papers = synthesise(20000);
for (let i = 0; i < 3; i++) {
  const f = await measureExtraction(papers);
  console.log(JSON.stringify({ single: Math.round(f.singleRate), multi: Math.round(f.multiRate), claims: f.claimsPerAbstract.toFixed(2) }));
}
