export function markdownTable(header: readonly string[], rows: readonly (readonly unknown[])[]): string;
export function machineFacts(): string[];
export function writeFiguresDoc(
  name: string,
  doc: {
    title: string;
    command: string;
    about?: string;
    sections: { heading?: string; table?: { header: string[]; rows: unknown[][] }; notes?: string[] }[];
  },
): string;
