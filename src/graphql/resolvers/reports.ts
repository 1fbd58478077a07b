// Resolvers for the analysis reports and membership questions: arguments are parsed by the same zod
// schemas the exports use, then handed to the services.
import { parseGapsArgs, parseIttArgs, parseOverlapArgs } from '../../services/reports/args.js';
import { gapReport } from '../../services/reports/gaps.js';
import { ittCoverageReport } from '../../services/reports/ittCoverage.js';
import { overlapReport } from '../../services/reports/overlap.js';
import { parseThresholdArgs, thresholdReport } from '../../services/reports/thresholdComparison.js';
import { membershipGaps, membershipMatrix } from '../../services/memberships.js';
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
    overlap: (_parent, args, { executor }, info) =>
      overlapReport(executor, parseOverlapArgs(args), {
        sharedEntries: selectsField(info, 'sharedEntries'),
        sharedPartCount: selectsField(info, 'sharedPartCount'),
        links: selectsField(info, 'links'),
        technologies: selectsField(info, 'technologies'),
      }),
    gaps: (_parent, args, { executor }) => gapReport(executor, parseGapsArgs(args)),
    ittCoverage: (_parent, args, { executor }) => ittCoverageReport(executor, parseIttArgs(args)),
    thresholdComparison: (_parent, args, { executor }) => thresholdReport(executor, parseThresholdArgs(args)),
    membershipMatrix: (_parent, { regimes, status, view }, { executor }) => membershipMatrix(executor, regimes, status, view ?? 'REGIME'),
    membershipGaps: (_parent, { regime, against, view }, { executor }) => membershipGaps(executor, regime, against, view ?? 'REGIME'),
  },
};
