import { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One message the test SMTP server accepted: the envelope and the parsed MIME message. */
export interface ReceivedMail {
  envelopeFrom: string | null;
  envelopeTo: string[];
  parsed: ParsedMail;
  /** Shortcuts: first recipient, subject, text, HTML, and a header by lower-case name. */
  to: string;
  subject: string;
  text: string;
  html: string;
  header(name: string): string | undefined;
}

/**
 * A real SMTP server (the `smtp-server` package) in the test process, on a random port of
 * 127.0.0.1, keeping every message it accepts, parsed with `mailparser`. The server under test is
 * started with `SMTP_URL: smtp.url` and talks to it over TCP like to any mail server: nothing is
 * mocked. It accepts any login and offers no STARTTLS, so `smtp://` stays plain.
 */
export class TestSmtpServer {
  readonly messages: ReceivedMail[] = [];
  private waiters: (() => void)[] = [];

  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
  ) {}

  /** Starts on a random port, or on `port` (a restart at the same address). */
  static async start(port = 0): Promise<TestSmtpServer> {
    const box: { self?: TestSmtpServer } = {};
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onAuth: (_auth, _session, callback) => callback(null, { user: 'test' }),
      onData: (stream, session, callback) => {
        simpleParser(stream)
          .then((parsed) => {
            box.self!.receive(parsed, session.envelope);
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    const bound = (server as unknown as { server: { address(): AddressInfo } }).server.address().port;
    box.self = new TestSmtpServer(server, bound);
    return box.self;
  }

  /** What the server under test puts in SMTP_URL. */
  get url(): string {
    return `smtp://test:test@127.0.0.1:${this.port}`;
  }

  /**
   * The first message (received already or arriving within `timeoutMs`) that matches; fails with
   * the subjects received so far when none does.
   */
  async waitForMail(predicate: (mail: ReceivedMail) => boolean, timeoutMs = 10_000): Promise<ReceivedMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.find(predicate);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new Error(
          `no matching e-mail within ${timeoutMs} ms; received: ${JSON.stringify(this.messages.map((m) => [m.to, m.subject]))}`,
        );
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The messages sent to one address, oldest first. */
  to(address: string): ReceivedMail[] {
    return this.messages.filter((m) => m.envelopeTo.includes(address.toLowerCase()));
  }

  clear(): void {
    this.messages.length = 0;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private receive(parsed: ParsedMail, envelope: { mailFrom: false | { address: string }; rcptTo: { address: string }[] }): void {
    const envelopeTo = envelope.rcptTo.map((r) => r.address.toLowerCase());
    this.messages.push({
      envelopeFrom: envelope.mailFrom ? envelope.mailFrom.address : null,
      envelopeTo,
      parsed,
      to: envelopeTo[0] ?? '',
      subject: parsed.subject ?? '',
      text: parsed.text ?? '',
      html: typeof parsed.html === 'string' ? parsed.html : '',
      // The raw header (mailparser turns List-* headers into structured values).
      header: (name) => {
        const line = parsed.headerLines.find((h) => h.key === name.toLowerCase());
        return line
          ? line.line
              .slice(line.line.indexOf(':') + 1)
              .replace(/\r?\n\s+/g, ' ')
              .trim()
          : undefined;
      },
    });
    for (const wake of this.waiters.splice(0)) wake();
  }
}

/** The first link in a text that points to `path` (e.g. `/reset-password`), and its `token` parameter. */
export function linkIn(text: string, path: string): { url: string; token: string | null } {
  const match = new RegExp(`https?://[^\\s"<>]*${path.replace(/[/.?]/g, (c) => `\\${c}`)}\\?[^\\s"<>]+`).exec(text);
  if (!match) throw new Error(`no link to ${path} in: ${text}`);
  return { url: match[0], token: new URL(match[0]).searchParams.get('token') };
}
