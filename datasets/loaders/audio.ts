/**
 * Audio: WAV (PCM 8/16/24/32-bit, IEEE float) and FLAC (through the WebAssembly decoder
 * `@wasm-audio-decoders/flac`) to mono Float32 samples in [-1, 1] at 16 kHz, resampling when
 * the file has another rate. Plus the speech clips of the mirror with their transcripts.
 */
import { readFile } from "node:fs/promises";
import { extname, join } from "node:path";
import { FLACDecoder } from "@wasm-audio-decoders/flac";
import { DatasetFormatError } from "../errors";

export const TARGET_SAMPLE_RATE = 16_000;

export interface DecodedAudio {
  /** One Float32Array per channel, values in [-1, 1]. */
  channels: Float32Array[];
  sampleRate: number;
}

export interface MonoAudio {
  samples: Float32Array;
  sampleRate: number;
  /** Seconds. */
  duration: number;
  /** The file's own rate and channel count before conversion. */
  sourceSampleRate: number;
  sourceChannels: number;
}

function fourcc(dv: DataView, at: number): string {
  return String.fromCharCode(dv.getUint8(at), dv.getUint8(at + 1), dv.getUint8(at + 2), dv.getUint8(at + 3));
}

/** Decodes a RIFF/WAVE file. */
export function decodeWav(bytes: Uint8Array, name = "WAV"): DecodedAudio {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 12 || fourcc(dv, 0) !== "RIFF" || fourcc(dv, 8) !== "WAVE") {
    throw new DatasetFormatError(`${name}: not a RIFF/WAVE file`);
  }
  let format = -1;
  let channels = 0;
  let sampleRate = 0;
  let bits = 0;
  let data: { offset: number; length: number } | null = null;
  let pos = 12;
  while (pos + 8 <= bytes.byteLength) {
    const id = fourcc(dv, pos);
    const size = dv.getUint32(pos + 4, true);
    const body = pos + 8;
    if (id === "fmt ") {
      if (size < 16) throw new DatasetFormatError(`${name}: fmt chunk of ${size} bytes is too short`);
      format = dv.getUint16(body, true);
      channels = dv.getUint16(body + 2, true);
      sampleRate = dv.getUint32(body + 4, true);
      bits = dv.getUint16(body + 14, true);
      // WAVE_FORMAT_EXTENSIBLE: the real format is the first two bytes of the sub-format GUID.
      if (format === 0xfffe && size >= 26) format = dv.getUint16(body + 24, true);
    } else if (id === "data") {
      const length = Math.min(size, bytes.byteLength - body);
      if (length < size) {
        throw new DatasetFormatError(
          `${name}: data chunk says ${size} bytes, file has ${length} (truncated)`,
        );
      }
      data = { offset: body, length };
    }
    pos = body + size + (size % 2);
  }
  if (format < 0) throw new DatasetFormatError(`${name}: no fmt chunk`);
  if (data === null) throw new DatasetFormatError(`${name}: no data chunk`);
  if (channels < 1 || sampleRate < 1)
    throw new DatasetFormatError(`${name}: ${channels} channels at ${sampleRate} Hz`);
  const isFloat = format === 3;
  if (!(format === 1 || isFloat))
    throw new DatasetFormatError(`${name}: WAV format ${format} is not PCM or float`);
  if (isFloat ? bits !== 32 && bits !== 64 : ![8, 16, 24, 32].includes(bits)) {
    throw new DatasetFormatError(`${name}: ${bits}-bit ${isFloat ? "float" : "PCM"} is not supported`);
  }
  const bytesPerSample = bits / 8;
  const frames = Math.floor(data.length / (bytesPerSample * channels));
  const out = Array.from({ length: channels }, () => new Float32Array(frames));
  let p = data.offset;
  for (let i = 0; i < frames; i++) {
    for (let c = 0; c < channels; c++) {
      let v: number;
      if (isFloat) v = bits === 32 ? dv.getFloat32(p, true) : dv.getFloat64(p, true);
      else if (bits === 8) v = (dv.getUint8(p) - 128) / 128;
      else if (bits === 16) v = dv.getInt16(p, true) / 32768;
      else if (bits === 24)
        v = (dv.getUint8(p) | (dv.getUint8(p + 1) << 8) | (dv.getInt8(p + 2) << 16)) / 8388608;
      else v = dv.getInt32(p, true) / 2147483648;
      (out[c] as Float32Array)[i] = v;
      p += bytesPerSample;
    }
  }
  return { channels: out, sampleRate };
}

/** Decodes a FLAC file with the WebAssembly decoder. */
export async function decodeFlac(bytes: Uint8Array, name = "FLAC"): Promise<DecodedAudio> {
  const decoder = new FLACDecoder();
  try {
    await decoder.ready;
    const result = await decoder.decodeFile(bytes);
    if (result.errors.length > 0) {
      const first = result.errors[0];
      throw new DatasetFormatError(
        `${name}: ${result.errors.length} FLAC decode errors, first: ${first?.message ?? ""}`,
      );
    }
    if (result.samplesDecoded === 0 || result.channelData.length === 0) {
      throw new DatasetFormatError(`${name}: no FLAC samples decoded`);
    }
    return { channels: result.channelData, sampleRate: result.sampleRate };
  } finally {
    decoder.free();
  }
}

/** Averages the channels into one. */
export function toMono(channels: readonly Float32Array[]): Float32Array {
  const [first] = channels;
  if (first === undefined) return new Float32Array(0);
  if (channels.length === 1) return first;
  const out = new Float32Array(first.length);
  for (const ch of channels) for (let i = 0; i < out.length; i++) out[i] = (out[i] ?? 0) + (ch[i] ?? 0);
  for (let i = 0; i < out.length; i++) out[i] = (out[i] ?? 0) / channels.length;
  return out;
}

/**
 * Band-limited resampling with a Hann-windowed sinc (16 zero crossings each side). When
 * downsampling, the low-pass cutoff moves to the new Nyquist frequency so nothing aliases.
 */
export function resample(samples: Float32Array, from: number, to: number, zeroCrossings = 16): Float32Array {
  if (from === to) return samples;
  const ratio = to / from;
  const outLength = Math.round(samples.length * ratio);
  const out = new Float32Array(outLength);
  const cutoff = Math.min(1, ratio); // fraction of the input Nyquist frequency kept
  const half = zeroCrossings / cutoff; // filter half-width in input samples
  for (let n = 0; n < outLength; n++) {
    const t = n / ratio; // position in input samples
    const lo = Math.max(0, Math.ceil(t - half));
    const hi = Math.min(samples.length - 1, Math.floor(t + half));
    let acc = 0;
    for (let k = lo; k <= hi; k++) {
      const u = t - k;
      const x = cutoff * u;
      const sinc = x === 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
      const w = 0.5 + 0.5 * Math.cos((Math.PI * u) / half);
      acc += (samples[k] ?? 0) * cutoff * sinc * w;
    }
    out[n] = acc;
  }
  return out;
}

/** Decodes a WAV or FLAC file (by its extension) to mono Float32 at `rate` Hz (default 16 kHz). */
export async function loadAudioFile(path: string, rate = TARGET_SAMPLE_RATE): Promise<MonoAudio> {
  const buf = await readFile(path);
  const bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  const ext = extname(path).toLowerCase();
  let decoded: DecodedAudio;
  if (ext === ".wav") decoded = decodeWav(bytes, path);
  else if (ext === ".flac") decoded = await decodeFlac(bytes, path);
  else throw new DatasetFormatError(`${path}: unsupported audio type ${ext} (WAV or FLAC expected)`);
  const samples = resample(toMono(decoded.channels), decoded.sampleRate, rate);
  return {
    samples,
    sampleRate: rate,
    duration: samples.length / rate,
    sourceSampleRate: decoded.sampleRate,
    sourceChannels: decoded.channels.length,
  };
}

// ---------------------------------------------------------------------------------------------
// The speech clips of the mirror. Transcripts are from the mirror's README: lowercase them and
// drop punctuation before computing a word error rate.

export const SPEECH_CLIPS = [
  {
    id: "1272-141231-0002",
    file: "1272-141231-0002.wav",
    source: "LibriSpeech dev-clean 1272-141231-0002",
    transcript:
      "THE CUT ON HIS CHEST STILL DRIPPING BLOOD THE ACHE OF HIS OVERSTRAINED EYES EVEN THE SOARING ARENA AROUND HIM WITH THE THOUSANDS OF SPECTATORS WERE TRIVIALITIES NOT WORTH THINKING ABOUT",
  },
  {
    id: "1272-141231-0002-flac",
    file: "1272-141231-0002.flac",
    source: "LibriSpeech dev-clean 1272-141231-0002 (FLAC)",
    transcript:
      "THE CUT ON HIS CHEST STILL DRIPPING BLOOD THE ACHE OF HIS OVERSTRAINED EYES EVEN THE SOARING ARENA AROUND HIM WITH THE THOUSANDS OF SPECTATORS WERE TRIVIALITIES NOT WORTH THINKING ABOUT",
  },
  {
    id: "jfk",
    file: "jfk.wav",
    source: "JFK inaugural address excerpt (1961)",
    transcript:
      "And so my fellow Americans, ask not what your country can do for you, ask what you can do for your country.",
  },
] as const;

export interface SpeechClip extends MonoAudio {
  id: string;
  file: string;
  source: string;
  transcript: string;
}

export interface Speech {
  clips: SpeechClip[];
}

/** Lowercases and drops punctuation, as WER scoring expects. */
export function normalizeTranscript(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}' ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export async function loadSpeech(dir: string): Promise<Speech> {
  const clips: SpeechClip[] = [];
  for (const clip of SPEECH_CLIPS) {
    const audio = await loadAudioFile(join(dir, clip.file));
    clips.push({ ...audio, id: clip.id, file: clip.file, source: clip.source, transcript: clip.transcript });
  }
  return { clips };
}
