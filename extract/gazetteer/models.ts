/**
 * Model families from general knowledge: a name that starts with one of these (case as written,
 * then a separator, a digit or the end) is a model, never a benchmark. Families, not versions, so
 * a model released after this list was written is still typed ("Qwen4-9B", "Llama-5").
 */
export const MODEL_FAMILIES: readonly string[] = [
  // language models
  "GPT", "ChatGPT", "InstructGPT", "Codex", "o1", "o3", "o4", "Claude", "Gemini", "Gemma", "PaLM", "Bard", "LLaMA", "Llama", "Alpaca",
  "Vicuna", "Mistral", "Mixtral", "Qwen", "QwQ", "Qwen2", "Qwen2.5", "Qwen3", "DeepSeek", "Yi", "Baichuan", "ChatGLM", "GLM", "InternLM",
  "Phi", "Falcon", "MPT", "OPT", "BLOOM", "Pythia", "OLMo", "StarCoder", "CodeLlama", "Code Llama", "WizardLM", "WizardCoder",
  "WizardMath", "Orca", "Zephyr", "Grok", "Kimi", "MiniMax", "Hunyuan", "ERNIE", "Nemotron", "Command R", "Jamba", "Mamba", "RWKV",
  "T5", "Flan-T5", "mT5", "BART", "BERT", "RoBERTa", "DeBERTa", "ELECTRA", "XLNet", "ALBERT", "XLM-R",
  // vision, multimodal, generation
  "ResNet", "ResNeXt", "ViT", "DeiT", "Swin", "ConvNeXt", "EfficientNet", "MobileNet", "RegNet", "DINO", "DINOv2", "BEiT", "CLIP",
  "SigLIP", "BLIP", "LLaVA", "InstructBLIP", "MiniGPT", "Flamingo", "InternVL", "CogVLM", "YOLO", "YOLOv5", "YOLOv8", "DETR", "RT-DETR",
  "Faster R-CNN", "Mask R-CNN", "Cascade Mask R-CNN", "Mask2Former", "SegFormer", "SAM", "Stable Diffusion", "SDXL", "DALL-E", "Imagen",
  "Midjourney", "FLUX", "DiT", "Sora", "NeRF", "3DGS",
  // speech and audio
  "Whisper", "wav2vec", "HuBERT", "WavLM", "Conformer", "VALL-E", "Tacotron", "FastSpeech", "VITS",
];
