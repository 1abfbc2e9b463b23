/**
 * Errors of the datasets layer. Each one says what went wrong and what to do about it.
 */
import { CourseError } from "../lib/errors";

/** Base class of every deliberate error of `datasets/`. */
export class DatasetError extends CourseError {}

/** A dataset id that the registry does not know. */
export class UnknownDataset extends DatasetError {
  readonly id: string;
  readonly suggestion: string | undefined;
  constructor(id: string, suggestion: string | undefined, known: readonly string[]) {
    super(
      `Unknown dataset "${id}".` +
        (suggestion === undefined ? "" : ` Did you mean "${suggestion}"?`) +
        ` Known datasets: ${known.join(", ")}. Run \`npm run datasets -- list\` to see them.`,
    );
    this.id = id;
    this.suggestion = suggestion;
  }
}

/** A file whose sha256 differs from the registry's. */
export class ChecksumMismatch extends DatasetError {
  readonly file: string;
  readonly expected: string;
  readonly actual: string;
  constructor(file: string, expected: string, actual: string, source: string) {
    super(
      `Checksum mismatch for ${file} (from ${source}): expected sha256 ${expected}, got ${actual}. ` +
        "The file was not saved. The source is corrupt or has changed; try again or use another mirror.",
    );
    this.file = file;
    this.expected = expected;
    this.actual = actual;
  }
}

/** A download or copy that ended before the registry's byte count. */
export class TruncatedDownload extends DatasetError {
  readonly file: string;
  readonly expectedBytes: number;
  readonly actualBytes: number;
  constructor(file: string, expectedBytes: number, actualBytes: number, source: string) {
    super(
      `Truncated download of ${file} (from ${source}): expected ${expectedBytes} bytes, got ${actualBytes}. ` +
        "The file was not saved; run the fetch again.",
    );
    this.file = file;
    this.expectedBytes = expectedBytes;
    this.actualBytes = actualBytes;
  }
}

/** A source that delivered more bytes than the registry's size. */
export class SizeMismatch extends DatasetError {
  readonly file: string;
  constructor(file: string, expectedBytes: number, actualBytes: number, source: string) {
    super(
      `Size mismatch for ${file} (from ${source}): expected ${expectedBytes} bytes, got at least ${actualBytes}. ` +
        "The file was not saved. The source has a different file than the registry records.",
    );
    this.file = file;
  }
}

/** An HTTP answer other than 200. */
export class HttpError extends DatasetError {
  readonly url: string;
  readonly status: number;
  constructor(url: string, status: number, statusText: string) {
    super(`HTTP ${status}${statusText ? ` ${statusText}` : ""} for ${url}. The file was not saved.`);
    this.url = url;
    this.status = status;
  }
}

/** Neither the network nor a mirror could deliver a file. */
export class DataUnavailable extends DatasetError {
  readonly file: string;
  constructor(file: string, source: string, cause: string) {
    const viaMirror = source.startsWith("mirror");
    super(
      `Cannot download ${file} from ${source}: ${cause}. ` +
        (viaMirror
          ? "Check that COURSE_DATA_MIRROR points at a copy of the course's dataset mirror, or set COURSE_DATA_MIRROR=off to use the network."
          : "No network and no mirror: either connect to the internet, or set COURSE_DATA_MIRROR to a folder " +
            "(or an http(s) URL) laid out like the course's dataset mirror, e.g. " +
            "`COURSE_DATA_MIRROR=/path/to/shared/datasets npm run datasets -- fetch --all`."),
    );
    this.file = file;
  }
}

/** A file that exists but is not what its loader expects (bad magic number, bad row, wrong size…). */
export class DatasetFormatError extends DatasetError {}

/** Data that is installed by the system package manager, not by `npm run datasets`. */
export class MissingSystemPackage extends DatasetError {}
