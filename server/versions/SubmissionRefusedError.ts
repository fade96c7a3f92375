import type { Finding } from '../../shared/outline/Finding.ts';
import { API_ERROR } from '../../shared/protocol/apiErrors.ts';
import type { SubmissionRefusal } from '../../shared/versions/versionApi.ts';

/** An approval the outline check stops; answered 409 with the findings to fix or acknowledge. */
export class SubmissionRefusedError extends Error {
  readonly reason: SubmissionRefusal['reason'];
  readonly findings: Finding[];

  constructor(reason: SubmissionRefusal['reason'], message: string, findings: Finding[]) {
    super(message);
    this.name = 'SubmissionRefusedError';
    this.reason = reason;
    this.findings = findings;
  }

  get body(): SubmissionRefusal {
    return {
      error: { code: API_ERROR.conflict, message: this.message },
      reason: this.reason,
      findings: this.findings,
    };
  }
}
