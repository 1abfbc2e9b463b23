import { createRequire } from "node:module";
import * as tf from "@tensorflow/tfjs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { InvalidArgument } from "../errors";
import { COURSE_KERNELS, describeRuntime, getTf, runtimeInfo } from "./index";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("getTf picks the backend explicitly", () => {
  it("defaults to wasm with the course kernels", async () => {
    vi.stubEnv("COURSE_TF_BACKEND", "");
    vi.stubEnv("COURSE_TF_KERNELS", "");
    const t = await getTf();
    expect(t.getBackend()).toBe("wasm");
    const info = runtimeInfo();
    expect(info).toMatchObject({
      backend: "wasm",
      backendSource: "default",
      kernels: "course",
      wasmSimd: true,
    });
    expect(info.courseKernels).toEqual(
      expect.arrayContaining(["Conv2DBackpropFilter", "Conv2DBackpropInput", "MaxPoolGrad", "AvgPoolGrad"]),
    );
    expect(describeRuntime()).toContain(
      "backend wasm (SIMD) [default], course kernels: Conv2DBackpropFilter",
    );
  });

  it("takes the backend from COURSE_TF_BACKEND, and the option over the variable", async () => {
    vi.stubEnv("COURSE_TF_BACKEND", "cpu");
    await getTf();
    expect(runtimeInfo()).toMatchObject({ backend: "cpu", backendSource: "COURSE_TF_BACKEND" });
    await getTf({ backend: "wasm" });
    expect(runtimeInfo()).toMatchObject({ backend: "wasm", backendSource: "option" });
  });

  it("rejects an unknown backend, naming where it came from", async () => {
    vi.stubEnv("COURSE_TF_BACKEND", "webgpu");
    await expect(getTf()).rejects.toThrow(InvalidArgument);
    await expect(getTf()).rejects.toThrow(/"webgpu" \(from COURSE_TF_BACKEND\)/);
    // @ts-expect-error: not a TfBackend
    await expect(getTf({ backend: "gpu" })).rejects.toThrow(/Unknown TensorFlow.js backend "gpu"/);
    await expect(getTf({ backend: "wasm", kernels: "fast" as "course" })).rejects.toThrow(
      /Unknown kernel set/,
    );
  });

  it('uses backend "tensorflow" only with a working @tensorflow/tfjs-node, and says so otherwise', async () => {
    let installed = true;
    try {
      createRequire(import.meta.url).resolve("@tensorflow/tfjs-node");
    } catch {
      installed = false;
    }
    if (installed) {
      await getTf({ backend: "tensorflow" });
      expect(runtimeInfo()).toMatchObject({ backend: "tensorflow", courseKernels: [] });
    } else {
      await expect(getTf({ backend: "tensorflow" })).rejects.toThrow(
        /Backend "tensorflow" needs a working @tensorflow\/tfjs-node.*use backend "wasm"/,
      );
    }
  });

  it("runtimeInfo refuses to guess before getTf, or after the backend was switched behind its back", async () => {
    await getTf({ backend: "wasm" });
    await tf.setBackend("cpu");
    expect(() => runtimeInfo()).toThrow(/call getTf/);
    await getTf({ backend: "wasm" });
    expect(runtimeInfo().backend).toBe("wasm");
  });
});

describe("course kernels", () => {
  it("are registered once, and `stock` mode restores the stock kernels", async () => {
    await getTf({ backend: "wasm" });
    const course = tf.getKernel("MaxPoolGrad", "wasm");
    await getTf({ backend: "wasm" });
    expect(tf.getKernel("MaxPoolGrad", "wasm")).toBe(course);

    await getTf({ backend: "wasm", kernels: "stock" });
    expect(runtimeInfo()).toMatchObject({ kernels: "stock", courseKernels: [] });
    expect(tf.getKernel("Conv2DBackpropFilter", "wasm")).toBeUndefined();
    expect(tf.getKernel("MaxPoolGrad", "wasm")).not.toBe(course);

    await getTf({ backend: "wasm" });
    expect(tf.getKernel("Conv2DBackpropFilter", "wasm")).toBeDefined();
  });

  it("stay registered when the backend is switched with tf.setBackend", async () => {
    await getTf({ backend: "wasm" });
    await tf.setBackend("cpu");
    // The corner of a 3×3 image of ones under avgPool(3×3, stride 1, same) is in 4 windows of 4, 6,
    // 6 and 9 in-bounds pixels: 1/4 + 1/6 + 1/6 + 1/9. (The stock AvgPoolGrad would say 4/9.)
    const g = tf.grad((x) => tf.avgPool(x as tf.Tensor4D, 3, 1, "same").sum())(tf.ones([1, 3, 3, 1]));
    expect(g.dataSync()[0]).toBeCloseTo(1 / 4 + 1 / 6 + 1 / 6 + 1 / 9, 6);
    await getTf({ backend: "wasm" });
  });

  it("make a CNN trainable on wasm, which the stock wasm kernels cannot do", async () => {
    const step = (t: typeof tf) =>
      t.tidy(() => {
        const x = t.ones([2, 6, 6, 1]);
        const w = t.variable(t.ones([3, 3, 1, 2]));
        const g = t.grad((f) => t.conv2d(x as tf.Tensor4D, f as tf.Tensor4D, 1, "same").sum())(w);
        const sum = g.sum().dataSync()[0];
        w.dispose();
        return sum;
      });
    await getTf({ backend: "wasm", kernels: "stock" });
    expect(() => step(tf)).toThrow(/Conv2DBackpropFilter' not registered for backend 'wasm'/);
    await getTf({ backend: "wasm" });
    // Σ over the 9 taps of the in-bounds positions of a 6×6 image: (5 + 6 + 5)² = 256,
    // per image (2) and per filter (2).
    expect(step(tf)).toBeCloseTo(2 * 2 * 256, 3);
  });

  it("are listed with the reason for each", () => {
    for (const k of COURSE_KERNELS) expect(k.why.length).toBeGreaterThan(10);
    const wasm = COURSE_KERNELS.filter((k) => k.backendName === "wasm").map((k) => k.kernelName);
    const cpu = COURSE_KERNELS.filter((k) => k.backendName === "cpu").map((k) => k.kernelName);
    for (const name of ["Conv2DBackpropFilter", "Conv2DBackpropInput", "MaxPoolGrad", "AvgPoolGrad"]) {
      expect(wasm).toContain(name);
      expect(cpu).toContain(name);
    }
  });
});
