// Resolvers for the analysis reports and membership questions: arguments are parsed by the same zod
// schemas the exports use, then handed to the report store (kept per data version) or the services.
import { parseGapsArgs, parseIttArgs, parseOverlapArgs } from '../../services/reports/args.js';
import { parseThresholdArgs } from '../../services/reports/thresholdComparison.js';
import { membershipGaps } from '../../services/memberships.js';
import { coverageRule } from '../../domain/coverage.js';
import type { Resolvers } from '../generated/types.js';
import { selectsField } from './selection.js';

export const reportResolvers: Resolvers = {
  CoverageEvidence: {
    rule: (evidence) => coverageRule(evidence.rule),
  },
  CoverageTie: {
    rule: (tie) => coverageRule(tie.rule),
  },
  Query: {
    // A section the query does not select is not computed: the heatmap asks ten overlaps for their shared entries only.
    overlap: (_parent, args, { reports }, info) =>
      reports.overlap(parseOverlapArgs(args), {
        sharedEntries: selectsField(info, 'sharedEntries'),
        sharedPartCount: selectsField(info, 'sharedPartCount'),
        links: selectsField(info, 'links'),
        technologies: selectsField(info, 'technologies'),
      }),
    gaps: (_parent, args, { reports }) => reports.gaps(parseGapsArgs(args)),
    ittCoverage: (_parent, args, { reports }) => reports.ittCoverage(parseIttArgs(args)),
    thresholdComparison: (_parent, args, { reports }) => reports.thresholdComparison(parseThresholdArgs(args)),
    membershipMatrix: (_parent, { regimes, status, view }, { reports }) => reports.membershipMatrix(regimes, status, view ?? 'REGIME'),
    membershipGaps: (_parent, { regime, against, view }, { executor }) => membershipGaps(executor, regime, against, view ?? 'REGIME'),
  },
};
