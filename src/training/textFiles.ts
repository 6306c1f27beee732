/** The text files a run's callbacks write (CSVLogger), kept by its training port, by name. */
import type { TextWriteRequest } from '../callbacks';

export class TextFiles extends Map<string, string> {
  read(filename: string): string | null {
    return this.get(filename) ?? null;
  }

  write({ filename, text, append }: TextWriteRequest): void {
    this.set(filename, (append ? (this.get(filename) ?? '') : '') + text);
  }
}
