/** A problem in user-written code, with the line of the user's source it is on when known. */
export interface CodeProblem {
  message: string;
  /** 1-based line in the user's source, when known. */
  line: number | null;
  column: number | null;
}

export class UserCodeError extends Error {
  readonly problem: CodeProblem;

  constructor(problem: CodeProblem) {
    super(problem.line === null ? problem.message : `${problem.message} (line ${problem.line})`);
    this.name = 'UserCodeError';
    this.problem = problem;
  }
}
