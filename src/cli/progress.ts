// A progress bar on stderr for long work; plain lines when stderr is not a terminal (CI, logs).
import { SingleBar, Presets } from 'cli-progress';

export interface ProgressReporter {
  update: (done: number, total: number) => void;
  done: () => void;
}

export function createProgressReporter(label: string): ProgressReporter {
  if (process.stderr.isTTY !== true) {
    let lastShown = -1;
    return {
      update: (done, total) => {
        const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
        if (percent >= lastShown + 25 || done === total) {
          lastShown = percent;
          process.stderr.write(`${label}: ${done}/${total}\n`);
        }
      },
      done: () => undefined,
    };
  }
  const bar = new SingleBar({ format: `${label} [{bar}] {percentage}% | {value}/{total}`, stream: process.stderr, hideCursor: true }, Presets.shades_classic);
  let started = false;
  return {
    update: (done, total) => {
      if (!started) {
        bar.start(total, done);
        started = true;
      } else {
        bar.setTotal(total);
        bar.update(done);
      }
    },
    done: () => {
      if (started) bar.stop();
    },
  };
}
