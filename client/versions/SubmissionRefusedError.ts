import type { Finding } from '../../shared/outline/Finding.ts';
import type { SubmissionRefusal } from '../../shared/versions/versionApi.ts';

// The 409 answer to an approval the outline check stopped, with the findings to show.
export class SubmissionRefusedError extends Error {
  readonly reason: SubmissionRefusal['reason'];
  readonly findings: readonly Finding[];

  constructor(refusal: Pick<SubmissionRefusal, 'reason' | 'findings'> & { message: string }) {
    super(refusal.message);
    this.name = 'SubmissionRefusedError';
    this.reason = refusal.reason;
    this.findings = refusal.findings;
  }
}
