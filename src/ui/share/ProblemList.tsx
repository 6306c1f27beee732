/** Problems with a link or a file, each at its path: `callbacks[1].params.factor: must be < 1`. */
import type { FieldProblem } from '../../config/issuePath';

export function ProblemList({ problems }: { problems: readonly FieldProblem[] }) {
  return (
    <ul>
      {problems.map((problem, index) => (
        <li key={index}>{problem.path ? `${problem.path}: ${problem.message}` : problem.message}</li>
      ))}
    </ul>
  );
}
