/**
 * Measures the load time and peak memory (max RSS) of every dataset, each in a fresh process.
 *
 *   npx tsx datasets/scripts/measure.ts            # every dataset
 *   npx tsx datasets/scripts/measure.ts mnist      # one, in this process
 *
 * Datasets must be fetched already (`npm run datasets -- fetch --all`), so that only loading is
 * timed. For cats-vs-dogs the listing is the "load"; decoding every image at 64×64 and 224×224
 * (batches of 32) is measured as well.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { DATASET_IDS, type DatasetId, loadDataset } from "../index";

async function measureOne(id: string): Promise<void> {
  const t0 = performance.now();
  const data = await loadDataset(id as DatasetId, { quiet: true });
  const loadMs = performance.now() - t0;
  const extra: string[] = [];
  if (id === "cats-vs-dogs") {
    const d = data as Awaited<ReturnType<typeof loadDataset<"cats-vs-dogs">>>;
    for (const size of [64, 224]) {
      const t = performance.now();
      let n = 0;
      for (const split of [d.train, d.test]) {
        for await (const b of split.batches({ size, batchSize: 32 })) n += b.shape[0];
      }
      extra.push(`decode ${n} at ${size}×${size}: ${((performance.now() - t) / 1000).toFixed(2)} s`);
    }
  }
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ id, loadMs: Math.round(loadMs), maxRssMb: Math.round(maxRssMb), extra }));
}

const [arg] = process.argv.slice(2);
if (arg !== undefined) {
  await measureOne(arg);
} else {
  const self = fileURLToPath(import.meta.url);
  const tsx = fileURLToPath(new URL("../../node_modules/.bin/tsx", import.meta.url));
  console.log("| dataset | load | peak RSS | notes |\n|---|---:|---:|---|");
  for (const id of DATASET_IDS) {
    try {
      const out = execFileSync(tsx, [self, id], { encoding: "utf8" }).trim().split("\n").at(-1) ?? "{}";
      const r = JSON.parse(out) as { loadMs: number; maxRssMb: number; extra: string[] };
      console.log(`| ${id} | ${r.loadMs} ms | ${r.maxRssMb} MB | ${r.extra.join("; ")} |`);
    } catch (e) {
      console.log(`| ${id} | — | — | ${(e as Error).message.split("\n")[0]} |`);
    }
  }
}
