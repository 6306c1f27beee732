/**
 * The text files callbacks write (CSVLogger's), kept in the browser's
 * storage by file name, as Keras's are kept on disk: a later run with
 * `append=True` finds the file an earlier one wrote, in this tab or after a
 * reload, and the page can download it under its name.
 */
import { createStore, getMany, setMany, type UseStore } from 'idb-keyval';

export const TEXT_FILE_DATABASE = 'plateau-files';
const TEXT_FILE_OBJECT_STORE = 'files';

export interface TextFileStore {
  /** The stored text of each name that has one. */
  read(names: readonly string[]): Promise<Record<string, string>>;
  write(files: readonly { name: string; text: string }[]): Promise<void>;
}

export function openTextFileStore(idb: UseStore = createStore(TEXT_FILE_DATABASE, TEXT_FILE_OBJECT_STORE)): TextFileStore {
  return {
    read: async (names) => {
      const texts = await getMany<unknown>([...names], idb);
      const found: Record<string, string> = {};
      names.forEach((name, index) => {
        const text = texts[index];
        if (typeof text === 'string') found[name] = text;
      });
      return found;
    },
    write: (files) => setMany(files.map(({ name, text }) => [name, text]), idb),
  };
}
