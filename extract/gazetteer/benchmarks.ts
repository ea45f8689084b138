/**
 * Benchmarks and datasets from general knowledge, with the metric their leaderboards usually
 * report (what a score on them means when a paper states no metric). The registries' task lists
 * (registry.generated.json) add names; where both know a name, this table's metric wins, since it
 * is the metric papers write ("accuracy" on GSM8K, not the harness's "exact match").
 * [name, usual metric or null, area]
 */
export type BenchmarkRow = readonly [name: string, metric: string | null, area: string];

export const CURATED_BENCHMARKS: readonly BenchmarkRow[] = [
  // language: knowledge, reasoning, math
  ["MMLU", "accuracy", "language"], ["MMLU-Pro", "accuracy", "language"], ["MMLU-Redux", "accuracy", "language"],
  ["CMMLU", "accuracy", "language"], ["C-Eval", "accuracy", "language"], ["GPQA", "accuracy", "language"],
  ["GPQA-Diamond", "accuracy", "language"], ["HellaSwag", "accuracy", "language"], ["WinoGrande", "accuracy", "language"],
  ["PIQA", "accuracy", "language"], ["BoolQ", "accuracy", "language"], ["ARC-Challenge", "accuracy", "language"],
  ["ARC-Easy", "accuracy", "language"], ["ARC-AGI", "accuracy", "language"], ["TruthfulQA", "accuracy", "language"],
  ["BBH", "accuracy", "language"], ["BIG-Bench Hard", "accuracy", "language"], ["DROP", "F1", "language"],
  ["IFEval", "accuracy", "language"], ["AGIEval", "accuracy", "language"], ["HLE", "accuracy", "language"],
  ["Humanity's Last Exam", "accuracy", "language"], ["SimpleQA", "accuracy", "language"], ["LAMBADA", "accuracy", "language"],
  ["GSM8K", "accuracy", "math"], ["MATH", "accuracy", "math"], ["MATH500", "accuracy", "math"], ["MATH-500", "accuracy", "math"],
  ["AIME", "accuracy", "math"], ["AIME24", "accuracy", "math"], ["AIME25", "accuracy", "math"], ["AIME 2024", "accuracy", "math"],
  ["AIME 2025", "accuracy", "math"], ["AMC", "accuracy", "math"], ["AMC23", "accuracy", "math"], ["OlympiadBench", "accuracy", "math"],
  ["Minerva Math", "accuracy", "math"], ["MGSM", "accuracy", "math"], ["SVAMP", "accuracy", "math"], ["MathVista", "accuracy", "math"],
  ["MathVerse", "accuracy", "math"], ["MiniF2F", "pass rate", "math"], ["PutnamBench", null, "math"], ["ProofNet", null, "math"],
  // code
  ["HumanEval", "pass@1", "code"], ["HumanEval+", "pass@1", "code"], ["MBPP", "pass@1", "code"], ["MBPP+", "pass@1", "code"],
  ["LiveCodeBench", "pass@1", "code"], ["BigCodeBench", "pass@1", "code"], ["APPS", "pass@1", "code"], ["CodeContests", "pass@1", "code"],
  ["DS-1000", "pass@1", "code"], ["CRUXEval", "pass@1", "code"], ["MultiPL-E", "pass@1", "code"], ["Codeforces", "rating", "code"],
  ["SWE-bench", "% resolved", "code"], ["SWE-bench Lite", "% resolved", "code"], ["SWE-bench Verified", "% resolved", "code"],
  ["Spider", "execution accuracy", "code"], ["BIRD", "execution accuracy", "code"], ["Aider", "pass rate", "code"],
  ["Terminal-Bench", "success rate", "agents"], ["Multi-SWE-bench", "% resolved", "code"],
  // agents, tools, chat
  ["WebArena", "success rate", "agents"], ["VisualWebArena", "success rate", "agents"], ["OSWorld", "success rate", "agents"],
  ["Mind2Web", "success rate", "agents"], ["GAIA", "accuracy", "agents"], ["AgentBench", "score", "agents"], ["ToolBench", "pass rate", "agents"],
  ["BFCL", "accuracy", "agents"], ["tau-bench", "pass^1", "agents"], ["BrowseComp", "accuracy", "agents"], ["ALFWorld", "success rate", "agents"],
  ["WebShop", "score", "agents"], ["AndroidWorld", "success rate", "agents"], ["AlpacaEval", "win rate", "chat"],
  ["AlpacaEval 2.0", "win rate", "chat"], ["Arena-Hard", "win rate", "chat"], ["MT-Bench", "score", "chat"], ["Chatbot Arena", "Elo", "chat"],
  ["WildBench", "score", "chat"],
  // long context, retrieval, QA
  ["LongBench", "score", "long context"], ["LongBench v2", "accuracy", "long context"], ["RULER", "accuracy", "long context"], ["InfiniteBench", "accuracy", "long context"],
  ["Needle in a Haystack", "accuracy", "long context"], ["L-Eval", "score", "long context"], ["MTEB", "average score", "retrieval"],
  ["BEIR", "nDCG@10", "retrieval"], ["MS MARCO", "MRR@10", "retrieval"], ["TREC-DL", "nDCG@10", "retrieval"], ["LoCo", null, "retrieval"],
  ["Natural Questions", "exact match", "qa"], ["TriviaQA", "exact match", "qa"], ["HotpotQA", "exact match", "qa"], ["SQuAD", "F1", "qa"],
  ["SQuAD v2", "F1", "qa"], ["MuSiQue", "F1", "qa"], ["2WikiMultiHopQA", "F1", "qa"], ["PopQA", "accuracy", "qa"], ["FEVER", "accuracy", "qa"],
  ["PubMedQA", "accuracy", "medical"], ["MedQA", "accuracy", "medical"], ["MedMCQA", "accuracy", "medical"], ["MIMIC-III", null, "medical"],
  ["MIMIC-CXR", null, "medical"], ["GLUE", "score", "language"], ["SuperGLUE", "score", "language"], ["XNLI", "accuracy", "language"],
  ["WikiText-2", "perplexity", "language"], ["WikiText-103", "perplexity", "language"], ["Penn Treebank", "perplexity", "language"],
  ["C4", "perplexity", "language"], ["FLORES-200", "chrF++", "translation"], ["FLORES", "chrF++", "translation"], ["WMT", "BLEU", "translation"],
  ["WMT14", "BLEU", "translation"], ["WMT16", "BLEU", "translation"], ["WMT22", "COMET", "translation"], ["WMT23", "COMET", "translation"],
  ["IWSLT", "BLEU", "translation"], ["XSum", "ROUGE", "summarisation"], ["CNN/DailyMail", "ROUGE", "summarisation"],
  // vision and multimodal
  ["ImageNet", "top-1 accuracy", "vision"], ["ImageNet-1K", "top-1 accuracy", "vision"], ["ImageNet-21K", "top-1 accuracy", "vision"],
  ["CIFAR-10", "accuracy", "vision"], ["CIFAR-100", "accuracy", "vision"], ["COCO", "AP", "vision"], ["MS COCO", "AP", "vision"],
  ["LVIS", "AP", "vision"], ["Objects365", "AP", "vision"], ["Pascal VOC", "mAP", "vision"], ["ADE20K", "mIoU", "vision"],
  ["Cityscapes", "mIoU", "vision"], ["PASCAL Context", "mIoU", "vision"], ["KITTI", "AP", "driving"], ["nuScenes", "NDS", "driving"],
  ["Waymo Open Dataset", "mAPH", "driving"], ["SemanticKITTI", "mIoU", "driving"], ["ScanNet", "mIoU", "3d"], ["S3DIS", "mIoU", "3d"],
  ["ModelNet40", "accuracy", "3d"], ["ShapeNet", null, "3d"], ["NYUv2", "RMSE", "3d"], ["DTU", "Chamfer distance", "3d"],
  ["Mip-NeRF 360", "PSNR", "3d"], ["LLFF", "PSNR", "3d"], ["Tanks and Temples", "PSNR", "3d"], ["Kinetics-400", "top-1 accuracy", "video"],
  ["Kinetics-600", "top-1 accuracy", "video"], ["Something-Something V2", "top-1 accuracy", "video"], ["UCF-101", "FVD", "video"],
  ["MSR-VTT", "R@1", "video"], ["DAVIS", "J&F", "video"], ["YouTube-VOS", "J&F", "video"], ["MOT17", "MOTA", "video"], ["MOT20", "MOTA", "video"],
  ["Market-1501", "mAP", "vision"], ["Flickr30K", "R@1", "multimodal"], ["COCO Captions", "CIDEr", "multimodal"], ["NoCaps", "CIDEr", "multimodal"],
  ["VQAv2", "accuracy", "multimodal"], ["TextVQA", "accuracy", "multimodal"], ["DocVQA", "ANLS", "multimodal"], ["ChartQA", "accuracy", "multimodal"],
  ["AI2D", "accuracy", "multimodal"], ["ScienceQA", "accuracy", "multimodal"], ["MMMU", "accuracy", "multimodal"], ["MMBench", "accuracy", "multimodal"],
  ["MME", "score", "multimodal"], ["SEED-Bench", "accuracy", "multimodal"], ["POPE", "F1", "multimodal"], ["Video-MME", "accuracy", "multimodal"],
  ["MVBench", "accuracy", "multimodal"], ["RefCOCO", "accuracy", "multimodal"], ["GQA", "accuracy", "multimodal"], ["OK-VQA", "accuracy", "multimodal"],
  ["GenEval", "score", "generation"], ["DPG-Bench", "score", "generation"], ["T2I-CompBench", "score", "generation"], ["VBench", "score", "generation"],
  ["FFHQ", "FID", "generation"], ["CelebA-HQ", "FID", "generation"], ["LSUN", "FID", "generation"], ["HumanML3D", "FID", "generation"],
  // speech and audio
  ["LibriSpeech", "WER", "speech"], ["Common Voice", "WER", "speech"], ["TED-LIUM", "WER", "speech"], ["Switchboard", "WER", "speech"],
  ["AISHELL-1", "CER", "speech"], ["GigaSpeech", "WER", "speech"], ["VoxCeleb1", "EER", "speech"], ["LJSpeech", "MOS", "speech"],
  ["VCTK", "MOS", "speech"], ["AudioSet", "mAP", "audio"], ["ESC-50", "accuracy", "audio"], ["FLEURS", "WER", "speech"], ["CoVoST 2", "BLEU", "speech"],
  // RL, robotics, graphs, recommendation, time series
  ["D4RL", "normalized score", "rl"], ["Atari", "human-normalized score", "rl"], ["MuJoCo", "return", "rl"], ["Meta-World", "success rate", "robotics"],
  ["LIBERO", "success rate", "robotics"], ["CALVIN", "average length", "robotics"], ["RLBench", "success rate", "robotics"],
  ["Cora", "accuracy", "graphs"], ["Citeseer", "accuracy", "graphs"], ["PubMed", "accuracy", "graphs"], ["ZINC", "MAE", "graphs"],
  ["QM9", "MAE", "graphs"], ["PCQM4Mv2", "MAE", "graphs"], ["MovieLens", "NDCG", "recommendation"], ["MovieLens-1M", "NDCG", "recommendation"],
  ["Amazon Books", "Recall", "recommendation"], ["Yelp", "Recall", "recommendation"], ["ETTh1", "MSE", "time series"], ["ETTh2", "MSE", "time series"],
  ["ETTm1", "MSE", "time series"], ["ETTm2", "MSE", "time series"], ["M4", "sMAPE", "time series"], ["Electricity", "MSE", "time series"],
  ["Amazon-Book", "Recall@20", "recommendation"], ["Yelp2018", "Recall@20", "recommendation"], ["Gowalla", "Recall@20", "recommendation"],
  ["MovieLens-20M", "NDCG", "recommendation"], ["Criteo", "AUC", "recommendation"], ["Avazu", "AUC", "recommendation"],
  ["UCR archive", "accuracy", "time series"], ["UEA archive", "accuracy", "time series"], ["PhysioNet", "AUROC", "medical"],
  ["MUTAG", "accuracy", "graphs"], ["PROTEINS", "accuracy", "graphs"], ["NCI1", "accuracy", "graphs"], ["IMDB-BINARY", "accuracy", "graphs"],
  ["Peptides-func", "AP", "graphs"], ["Peptides-struct", "MAE", "graphs"], ["FB15k-237", "MRR", "graphs"], ["WN18RR", "MRR", "graphs"],
  ["ALFRED", "success rate", "robotics"], ["Habitat", "success rate", "robotics"], ["ManiSkill", "success rate", "robotics"],
  // 3D, video, tracking, medical imaging
  ["ScanNet200", "mIoU", "3d"], ["ScanObjectNN", "accuracy", "3d"], ["SUN RGB-D", "mAP", "3d"], ["Waymo Open Dataset", "mAPH", "3d"],
  ["Matterport3D", null, "3d"], ["RealEstate10K", "PSNR", "3d"], ["Tanks and Temples", "PSNR", "3d"], ["Objaverse", null, "3d"],
  ["OmniObject3D", null, "3d"], ["Replica", "PSNR", "3d"], ["KIT-ML", "FID", "generation"], ["ActivityNet", "mAP", "video"],
  ["LaSOT", "AUC", "video"], ["GOT-10k", "AO", "video"], ["TrackingNet", "AUC", "video"], ["PASCAL VOC", "mAP", "vision"],
  ["MVTec AD", "AUROC", "vision"], ["VisA", "AUROC", "vision"], ["ChestX-ray14", "AUC", "medical"], ["ISIC", "Dice", "medical"],
  ["Synapse", "Dice", "medical"], ["ACDC", "Dice", "medical"], ["KiTS19", "Dice", "medical"], ["Kvasir-SEG", "Dice", "medical"],
  ["BraTS", "Dice", "medical"], ["MedQA", "accuracy", "medical"], ["PubMedQA", "accuracy", "medical"], ["MIMIC-CXR", null, "medical"],
];
