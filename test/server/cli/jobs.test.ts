import * as assert from 'node:assert/strict';
import { AUTO_FILES_PER_THREAD, automaticJobs } from '../../../server/src/cli/jobs';

describe('cli/jobs: threads for `copydesk lint` without --jobs', () => {
  it('stays on one thread on two cores, whatever the number of files', () => {
    for (const files of [1, 100, 2_800, 100_000]) assert.equal(automaticJobs(files, 2), 1, `${files} files`);
  });

  it('leaves one core to V8 and gives each thread enough files to pay for its warm-up', () => {
    assert.equal(automaticJobs(AUTO_FILES_PER_THREAD * 2 - 1, 8), 1);
    assert.equal(automaticJobs(AUTO_FILES_PER_THREAD * 2, 8), 2);
    assert.equal(automaticJobs(100_000, 8), 7);
  });

  it('runs on one thread on a single core', () => {
    assert.equal(automaticJobs(100_000, 1), 1);
  });
});
