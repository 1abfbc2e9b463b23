import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../index";
import { decodeWav, normalizeTranscript, resample, SPEECH_CLIPS, toMono } from "../loaders/audio";
import { tinyDarknetShards } from "../loaders/models";
import { mirrorOptions, testMirror } from "./helpers";

/** A WAV file in memory: 16-bit PCM or 32-bit float, interleaved channels. */
function wav(channels: Float32Array[], rate: number, format: "pcm16" | "float32" | "pcm24"): Uint8Array {
  const bytesPer = format === "pcm16" ? 2 : format === "pcm24" ? 3 : 4;
  const frames = channels[0]?.length ?? 0;
  const dataLen = frames * channels.length * bytesPer;
  const b = new Uint8Array(44 + dataLen);
  const dv = new DataView(b.buffer);
  const str = (at: number, s: string) => {
    for (let i = 0; i < 4; i++) dv.setUint8(at + i, s.charCodeAt(i));
  };
  str(0, "RIFF");
  dv.setUint32(4, 36 + dataLen, true);
  str(8, "WAVE");
  str(12, "fmt ");
  dv.setUint32(16, 16, true);
  dv.setUint16(20, format === "float32" ? 3 : 1, true);
  dv.setUint16(22, channels.length, true);
  dv.setUint32(24, rate, true);
  dv.setUint32(28, rate * channels.length * bytesPer, true);
  dv.setUint16(32, channels.length * bytesPer, true);
  dv.setUint16(34, bytesPer * 8, true);
  str(36, "data");
  dv.setUint32(40, dataLen, true);
  let p = 44;
  for (let i = 0; i < frames; i++) {
    for (const ch of channels) {
      const v = ch[i] ?? 0;
      if (format === "float32") dv.setFloat32(p, v, true);
      else if (format === "pcm16") dv.setInt16(p, Math.round(v * 32767), true);
      else {
        const x = Math.round(v * 8388607) & 0xffffff;
        dv.setUint8(p, x & 0xff);
        dv.setUint8(p + 1, (x >> 8) & 0xff);
        dv.setUint8(p + 2, (x >> 16) & 0xff);
      }
      p += bytesPer;
    }
  }
  return b;
}

const sine = (n: number, freq: number, rate: number, amp = 0.5) =>
  Float32Array.from({ length: n }, (_, i) => amp * Math.sin((2 * Math.PI * freq * i) / rate));

describe("audio decoding", () => {
  it("the speech clips: 16 kHz mono Float32 with durations and transcripts", async () => {
    const { clips } = await loadDataset("speech", mirrorOptions());
    expect(clips.map((c) => c.id)).toEqual(["1272-141231-0002", "1272-141231-0002-flac", "jfk"]);
    const [libri, flac, jfk] = clips;
    expect(libri?.sampleRate).toBe(16_000);
    expect(libri?.samples.length).toBe(213_360);
    expect(libri?.duration).toBeCloseTo(13.335, 3);
    expect(flac?.samples.length).toBe(213_360); // the FLAC holds the same recording
    expect(jfk?.duration).toBeCloseTo(11.0, 3);
    expect(jfk?.samples).toBeInstanceOf(Float32Array);
    let peak = 0;
    for (const v of jfk?.samples ?? []) peak = Math.max(peak, Math.abs(v));
    expect(peak).toBeGreaterThan(0.1);
    expect(peak).toBeLessThanOrEqual(1);
    // WAV and FLAC decode to nearly the same waveform.
    let diff = 0;
    for (let i = 0; i < 213_360; i++)
      diff = Math.max(diff, Math.abs((libri?.samples[i] ?? 0) - (flac?.samples[i] ?? 0)));
    expect(diff).toBeLessThan(0.001);
    expect(normalizeTranscript(jfk?.transcript ?? "")).toBe(
      "and so my fellow americans ask not what your country can do for you ask what you can do for your country",
    );
  });

  it("the built-in transcripts match the mirror's transcripts.tsv", async () => {
    const tsv = await readFile(join(testMirror(), "speech", "transcripts.tsv"), "utf8");
    const rows = tsv
      .trim()
      .split("\n")
      .slice(1)
      .map((l) => l.split("\t"));
    for (const clip of SPEECH_CLIPS) expect(rows.find((r) => r[0] === clip.file)?.[2]).toBe(clip.transcript);
  });

  it("decodes 16-bit, 24-bit and float WAV, stereo to mono", () => {
    const left = sine(1000, 440, 8000);
    const right = sine(1000, 440, 8000, -0.25);
    for (const format of ["pcm16", "pcm24", "float32"] as const) {
      const d = decodeWav(wav([left, right], 8000, format));
      expect(d.sampleRate).toBe(8000);
      expect(d.channels).toHaveLength(2);
      const mono = toMono(d.channels);
      for (let i = 0; i < 1000; i += 97)
        expect(mono[i]).toBeCloseTo(((left[i] ?? 0) + (right[i] ?? 0)) / 2, 3);
    }
  });

  it("rejects a non-WAV and a truncated data chunk", () => {
    expect(() => decodeWav(new Uint8Array(100), "x.wav")).toThrow(/not a RIFF\/WAVE/);
    const full = wav([sine(100, 440, 8000)], 8000, "pcm16");
    expect(() => decodeWav(full.subarray(0, 100), "t.wav")).toThrow(/truncated/);
  });

  it("resamples 44.1 kHz and 8 kHz to 16 kHz keeping a tone and removing what cannot be represented", () => {
    const up = resample(sine(8000, 1000, 8000), 8000, 16_000);
    expect(up.length).toBe(16_000);
    const down = resample(sine(44_100, 1000, 44_100), 44_100, 16_000);
    expect(down.length).toBe(16_000);
    for (const y of [up, down]) {
      let err = 0;
      for (let n = 200; n < y.length - 200; n++)
        err = Math.max(err, Math.abs((y[n] ?? 0) - 0.5 * Math.sin((2 * Math.PI * 1000 * n) / 16_000)));
      expect(err).toBeLessThan(0.01);
    }
    // A 12 kHz tone is above the new Nyquist frequency (8 kHz): it must be filtered, not aliased to 4 kHz.
    const alias = resample(sine(44_100, 12_000, 44_100), 44_100, 16_000);
    let rms = 0;
    for (let n = 200; n < alias.length - 200; n++) rms += (alias[n] ?? 0) ** 2;
    expect(Math.sqrt(rms / (alias.length - 400))).toBeLessThan(0.02);
  });
});

describe("pretrained files resolved to local paths", () => {
  it("Tiny Darknet: model.json with 31 shards beside it and 1000 labels", async () => {
    const m = await loadDataset("tiny-darknet", mirrorOptions());
    expect(m.modelPath).toMatch(/tiny-darknet-imagenet[/\\]model\.json$/);
    expect(m.modelUrl.startsWith("file://")).toBe(true);
    expect(m.labels).toHaveLength(1000);
    expect(m.labels[0]).toBe("kit fox");
    const shards = await tinyDarknetShards(m.dir);
    expect(shards).toHaveLength(31);
    for (const s of shards) await expect(readFile(join(m.dir, s))).resolves.toBeInstanceOf(Buffer);
  });
});
