/**
 * The records behind the Incidents view and the report (incidents.ts), computed in the lint
 * worker that keeps the workspace index: Node only (it reads the files), so the web build, which
 * has no index, does not contain it.
 */
import * as fs from 'node:fs';
import { URI } from 'vscode-uri';
import { incidentRecord, lint } from '../core/index';
import { decodeText, isUndecodable } from '../node/decode';
import { isPostmortem } from '../node/files';
import { MAX_FILE_BYTES, type WorkspaceIndex } from './service-index';
import { MAX_INCIDENT_FILES, type IncidentRecords } from './incidents';

/** Work done before the event loop is given back, in milliseconds. */
const SLICE_MS = 8;

/** In the shared lint worker: lints every postmortem the index knows into its incident record. */
export async function incidentRecords(index: WorkspaceIndex, openText: (uri: string) => string | undefined): Promise<IncidentRecords> {
  const { files, complete, truncated } = index.postmortems(MAX_INCIDENT_FILES);
  const records: IncidentRecords['records'] = [];
  let slice = performance.now();
  for (const f of files) {
    const uri = URI.file(f.file).toString();
    const text = openText(uri) ?? readText(f.file);
    if (text !== undefined) {
      const { config, teamSchema } = index.configOf(uri);
      if (isPostmortem(f.rel, text, config)) {
        const result = lint(text, { config, teamSchema });
        if (result.doc) records.push({ uri, record: incidentRecord(result, f.rel) });
      }
    }
    if (performance.now() - slice >= SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      slice = performance.now();
    }
  }
  return { records, complete, truncated };
}

function readText(file: string): string | undefined {
  try {
    if (fs.statSync(file).size > MAX_FILE_BYTES) return undefined;
    const decoded = decodeText(fs.readFileSync(file));
    return isUndecodable(decoded) ? undefined : decoded.text;
  } catch {
    return undefined;
  }
}

