/**
 * The callbacks part of the exported script: one `keras.callbacks` call per
 * stack entry, with Keras's parameter names and Python literals, and the
 * functions they need. A JavaScript schedule is translated when it is
 * arithmetic; LambdaCallback hooks and custom callbacks, which act on the
 * world rather than compute, become marked stubs carrying the original code.
 */
import { parse } from 'acorn';
import { HOOK_NAMES } from '../callbacks';
import type { StackEntry } from '../config/runConfig';
import { isPortableName } from './arithmetic';
import { arithmeticFromJs } from './arithmeticFromJs';
import { pythonExpression, usesMathModule } from './arithmeticToPython';
import { hookParameters, KERAS_SIGNATURES, snakeCase } from './kerasSignatures';
import { pythonLiteral } from './pythonLiteral';
import { LR_COACH_CLASS_NAME, LR_COACH_PYTHON } from './kerasLrCoach';

export interface CallbacksSection {
  usesMath: boolean;
  /** `def` and `class` blocks, each a list of lines. */
  definitions: string[][];
  /** The items of `callback_list`, each a list of lines without the trailing comma. */
  items: string[][];
  /** What the user must port by hand. */
  todos: string[];
}

const MAX_LINE = 100;
const FIRST_POSITIONAL = new Set(['filepath', 'filename', 'schedule']);
const HOOKS: ReadonlySet<string> = new Set([...HOOK_NAMES, 'onBatchBegin', 'onBatchEnd']);

function quoted(source: string, indent: string): string[] {
  return source.split(/\r?\n/).map((line) => `${indent}#   ${line}`.trimEnd());
}

function call(name: string, args: readonly string[]): string[] {
  const oneLine = `${name}(${args.join(', ')})`;
  if (oneLine.length + 8 <= MAX_LINE || args.length === 0) return [oneLine];
  return [`${name}(`, ...args.map((arg) => `    ${arg},`), ')'];
}

class SectionWriter {
  readonly section: CallbacksSection = { usesMath: false, definitions: [], items: [], todos: [] };
  private readonly counts = new Map<string, number>();
  private readonly taken = new Set<string>();

  /** `schedule_1`, `schedule_2`, ...: names that stay unique in the script. */
  private fresh(base: string): string {
    let name: string;
    do {
      const n = (this.counts.get(base) ?? 0) + 1;
      this.counts.set(base, n);
      name = `${base}_${n}`;
    } while (this.taken.has(name));
    this.taken.add(name);
    return name;
  }

  add(entry: StackEntry, position: number): void {
    const expression = this.expression(entry, position);
    this.section.items.push(entry.enabled === false ? ['# Disabled in Plateau:', ...expression.map((line) => `# ${line}`)] : expression);
  }

  private expression(entry: StackEntry, position: number): string[] {
    switch (entry.type) {
      case 'LearningRateScheduler': {
        const schedule = this.schedule(entry.params.schedule, position);
        return this.builtIn(entry, { schedule });
      }
      case 'LambdaCallback': {
        const hooks: Record<string, string> = {};
        const name = this.fresh('lambda');
        for (const [hook, source] of Object.entries(entry.params)) {
          if (source !== undefined) hooks[hook] = this.hookStub(`${name}_${snakeCase(hook)}`, hook, source, position);
        }
        return this.builtIn(entry, hooks);
      }
      case 'CustomCallback':
        return [`${this.customClass(entry.params.source, position)}()`];
      case 'LRCoach':
        if (!this.taken.has(LR_COACH_CLASS_NAME)) {
          this.taken.add(LR_COACH_CLASS_NAME);
          this.section.definitions.push([...LR_COACH_PYTHON]);
        }
        return this.builtIn(entry, {}).map((line, index) => (index === 0 ? line.replace(/^callbacks\.LRCoach/, LR_COACH_CLASS_NAME) : line));
      default:
        return this.builtIn(entry, {});
    }
  }

  /** `callbacks.X(...)` with every parameter the entry sets, in Keras's order; code parameters given as names. */
  private builtIn(entry: StackEntry, code: Record<string, string>): string[] {
    const signature = KERAS_SIGNATURES[entry.type];
    const params = entry.params as Record<string, unknown>;
    const args: string[] = [];
    for (const param of signature.params) {
      const value = params[param.name];
      const literal = param.kind === 'code' ? code[param.name] : value === undefined ? undefined : pythonLiteral(value, param.kind);
      if (literal === undefined) continue;
      args.push(args.length === 0 && FIRST_POSITIONAL.has(param.name) ? literal : `${param.python}=${literal}`);
    }
    return call(`callbacks.${signature.keras ?? entry.type}`, args);
  }

  private schedule(source: string, position: number): string {
    const name = this.fresh('schedule');
    const translated = arithmeticFromJs(source);
    if (translated.ok) {
      const { params, body } = translated.value;
      this.section.usesMath ||= usesMathModule(body);
      this.section.definitions.push([
        `def ${name}(${params.join(', ')}):`,
        "    # Translated from Plateau's JavaScript schedule:",
        ...quoted(source, '    '),
        `    return ${pythonExpression(body)}`,
      ]);
    } else {
      this.section.todos.push(`${name} (callback ${position}): port the JavaScript schedule; ${translated.reason}`);
      this.section.definitions.push([
        `def ${name}(epoch, lr):`,
        `    # TODO: port this JavaScript schedule by hand. Plateau translates arithmetic only, and ${translated.reason}:`,
        ...quoted(source, '    '),
        `    raise NotImplementedError(${pythonLiteral(`${name}: port the JavaScript schedule in the comment above`, 'str')})`,
      ]);
    }
    return name;
  }

  private hookStub(name: string, hook: string, source: string, position: number): string {
    this.taken.add(name);
    this.section.todos.push(`${name} (callback ${position}): port the JavaScript hook`);
    this.section.definitions.push([
      `def ${name}(${hookParameters(hook)}):`,
      '    # TODO: port this JavaScript hook by hand:',
      ...quoted(source, '    '),
      '    pass',
    ]);
    return name;
  }

  private customClass(source: string, position: number): string {
    const { className, hooks } = readClass(source);
    const name = className && isPortableName(className) && !this.taken.has(className) ? className : this.fresh('CustomCallback');
    this.taken.add(name);
    this.section.todos.push(`${name} (callback ${position}): port the JavaScript callback class`);
    const methods = hooks.flatMap((hook) => ['', `    def ${snakeCase(hook)}(self, ${hookParameters(hook)}):`, '        pass']);
    this.section.definitions.push([
      `class ${name}(callbacks.Callback):`,
      '    # TODO: port this JavaScript callback by hand; the methods below are its hooks, empty:',
      ...quoted(source, '    '),
      ...(methods.length > 0 ? methods : ['    pass']),
    ]);
    return name;
  }
}

/** The class name and the hooks a JavaScript callback class defines, as far as it parses. */
function readClass(source: string): { className: string | null; hooks: string[] } {
  try {
    const program = parse(`(${source}\n)`, { ecmaVersion: 'latest', sourceType: 'script' });
    const statement = program.body[0];
    if (statement?.type !== 'ExpressionStatement' || statement.expression.type !== 'ClassExpression') return { className: null, hooks: [] };
    const cls = statement.expression;
    const hooks = cls.body.body.flatMap((member) =>
      member.type === 'MethodDefinition' && !member.static && member.key.type === 'Identifier' && HOOKS.has(member.key.name) ? [member.key.name] : [],
    );
    return { className: cls.id?.name ?? null, hooks: [...new Set(hooks)] };
  } catch {
    return { className: null, hooks: [] };
  }
}

export function callbacksSection(stack: readonly StackEntry[]): CallbacksSection {
  const writer = new SectionWriter();
  stack.forEach((entry, index) => writer.add(entry, index + 1));
  return writer.section;
}
