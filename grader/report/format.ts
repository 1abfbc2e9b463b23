/** Small formatting helpers shared by the terminal and Markdown renderings. */
import type { RecordedMetric } from "../../lib/testing";
import type { ExerciseStatus, ThresholdResult } from "../score";

export const STATUS_LABEL: Record<ExerciseStatus, string> = {
  passed: "passed",
  partial: "in progress",
  failed: "failing",
  not_started: "not started",
  error: "error",
  timeout: "timed out",
};

export const STATUS_ICON: Record<ExerciseStatus, string> = {
  passed: "✔",
  partial: "◐",
  failed: "✘",
  not_started: "○",
  error: "!",
  timeout: "⏱",
};

/** A fixed-width bar: `bar(3, 10, 10)` → "███░░░░░░░". */
export function bar(value: number, max: number, width: number): string {
  const filled = max > 0 ? Math.round((Math.min(value, max) / max) * width) : 0;
  return "█".repeat(filled) + "░".repeat(width - filled);
}

export function formatNumber(value: number): string {
  const abs = Math.abs(value);
  if (abs !== 0 && (abs >= 1e6 || abs < 1e-3)) return value.toExponential(2);
  return Number(value.toPrecision(4)).toString();
}

export function formatMetric(m: RecordedMetric): string {
  return `${formatNumber(m.value)}${m.unit ? ` ${m.unit}` : ""}`;
}

export function formatThreshold(t: ThresholdResult): string {
  const bounds = [t.min !== null ? `≥ ${t.min}` : "", t.max !== null ? `≤ ${t.max}` : ""]
    .filter(Boolean)
    .join(", ");
  const value = t.value === null ? "not measured" : formatNumber(t.value) + (t.unit ? ` ${t.unit}` : "");
  return `${t.name} = ${value} (needs ${bounds})`;
}

/**
 * Points for people, with at most one decimal, rounded down so that a score short of full
 * marks never prints as full marks (6.97 of 7 shows as 6.9).
 */
export function formatPoints(x: number): string {
  return String(Math.floor(x * 10 + 1e-9) / 10);
}
