// Preloaded into a child process (`node --require`): on exit, writes the CPU time the process
// used (user + system, in ms) to the file named by PM_CPU_USAGE_FILE. Tests that bound how long
// the CLI takes assert on this, which does not grow when other processes load the machine, as
// wall-clock time does.
'use strict';
const fs = require('node:fs');
const file = process.env.PM_CPU_USAGE_FILE;
if (file) {
  process.on('exit', () => {
    const u = process.cpuUsage();
    try {
      fs.writeFileSync(file, String((u.user + u.system) / 1000));
    } catch {
      // Nothing to report to.
    }
  });
}
