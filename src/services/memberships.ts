// Membership questions: the matrix of countries by regimes, and who takes part in one regime but not another.
import { z } from 'zod';
import type { Executor, Snapshot } from '../db/executor.js';
import { badInput } from '../errors.js';
import { ParticipationModel, type ParticipationView } from '../repositories/participations.js';
import { MULTILATERAL_REGIMES, type RegimeCode } from '../domain/vocabulary.js';

export interface MembershipMatrixRow {
  country: { iso2: string; name: string };
  /** One cell per regime of the matrix, in its order; null where the country does not take part. */
  cells: { regime: RegimeCode; participation: ParticipationModel | null }[];
}

export interface MembershipMatrix {
  regimes: RegimeCode[];
  view: ParticipationView;
  rows: MembershipMatrixRow[];
}

export interface MembershipGapReport {
  regime: RegimeCode;
  against: RegimeCode;
  view: ParticipationView;
  /** Participants of `regime` that do not take part in `against`. */
  onlyInRegime: ParticipationModel[];
  /** Participants of `against` that do not take part in `regime`. */
  onlyInAgainst: ParticipationModel[];
}

const MatrixRow = z.object({ iso2: z.string(), name: z.string(), participations: z.array(ParticipationModel) });

export async function membershipMatrix(
  executor: Executor,
  regimes: RegimeCode[] | null | undefined,
  statuses: ('MEMBER' | 'ADHERENT' | 'OBSERVER')[] | null | undefined,
  view: ParticipationView,
): Promise<MembershipMatrix> {
  return (await readMembershipMatrix(executor, regimes, statuses, view)).result;
}

/** The matrix read in one consistent read, with the data version it was read at (the report store keeps it under it). */
export async function readMembershipMatrix(
  executor: Executor,
  regimes: RegimeCode[] | null | undefined,
  statuses: ('MEMBER' | 'ADHERENT' | 'OBSERVER')[] | null | undefined,
  view: ParticipationView,
): Promise<Snapshot<MembershipMatrix>> {
  const chosen = regimes && regimes.length > 0 ? [...new Set(regimes)] : [...MULTILATERAL_REGIMES];
  if (statuses && statuses.length === 0) throw badInput('status', 'must name at least one status, or be omitted for all');
  const { version, result: rows } = await executor.snapshot('membershipMatrix', (tx) =>
    tx.read('memberships/matrix', { regimes: chosen, statuses: statuses ?? null, view }),
  );
  return { version, result: {
    regimes: chosen,
    view,
    rows: rows.map((raw) => {
      const row = MatrixRow.parse(raw);
      return {
        country: { iso2: row.iso2, name: row.name },
        cells: chosen.map((regime) => ({ regime, participation: row.participations.find((p) => p.regime === regime) ?? null })),
      };
    }),
  } };
}

export async function membershipGaps(executor: Executor, regime: RegimeCode, against: RegimeCode, view: ParticipationView): Promise<MembershipGapReport> {
  if (regime === against) throw badInput('against', 'must differ from regime: a regime has no gap against itself');
  const read = async (from: RegimeCode, to: RegimeCode) =>
    (await executor.read('memberships/gaps', { from, to, view }, 'membershipGaps')).map((row) => ParticipationModel.parse(row));
  const [onlyInRegime, onlyInAgainst] = await Promise.all([read(regime, against), read(against, regime)]);
  return { regime, against, view, onlyInRegime, onlyInAgainst };
}

/** Parents of the GraphQL membership types (distinct names for the code generator). */
export type MembershipMatrixModel = MembershipMatrix;
export type MembershipGapReportModel = MembershipGapReport;
