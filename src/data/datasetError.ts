/** A dataset that cannot be used, with a message for the learner that says why and what to do. */
export class DatasetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatasetError';
  }
}
