// The documents the analyst's page sends for its reports (web/src/views), with the variables each takes. They live
// here, not in web/, because the service answers them ahead: once the base reports of a data version are kept, it
// encodes the page's answer over each of them into the response cache (src/http/answersAhead.ts,
// docs/decisions/0025), so an analyst's first request is a lookup of bytes. The page imports this file as it is;
// it imports nothing, so the bundle takes it whole.

export const CATALOGUE_QUERY = `query Catalogue {
  regimes { code name }
  lists { id title version kind entryCount }
}`;

export const GAPS_QUERY = `query GapList($regime: RegimeCode!, $against: RegimeCode!, $list: ID, $category: Int) {
  gaps(regime: $regime, against: $against, list: $list, category: $category) {
    dataVersion
    lists { id title version }
    total
    groups {
      category
      technology { id name }
      rows { entry { id code title listId } units reason hints { name } }
    }
    partial { entry { id code title listId } status units uncoveredUnits servedItemsUncovered evidence { kind words other parts rule { id } } }
    covered { entry { id code title listId } status units uncoveredUnits servedItemsUncovered evidence { kind words other parts rule { id } } }
    elsewhere { entry { id code title listId } controlledBy evidence }
  }
}`;

export const ITT_QUERY = `query IttCoverage($regime: RegimeCode!, $list: ID, $category: Int) {
  ittCoverage(regime: $regime, list: $list, category: $category) {
    dataVersion
    lists { id title version }
    summary { hardware softwareCovered technologyCovered development production use ratio }
    byCategory { category summary { hardware softwareCovered technologyCovered development production use ratio } }
    uncovered { id code title listId }
  }
}`;

/** A regime code as a GraphQL alias. */
export function alias(code: string): string {
  return code.replace(/[^A-Za-z0-9]/g, '_');
}

/**
 * One request: each regime's own entries and parts, and each pair's shared entries and part count; the first pair
 * also says which data and list versions it was computed from. Five regimes make 20 root fields, the most one
 * request may have (decision 0011). Written a field per line, so it reads in GraphiQL's editor without scrolling.
 */
export function heatmapQuery(regimes: string[]): string {
  const own = regimes.flatMap((r) =>
    (['ENTRY', 'PART'] as const).map(
      (kind) => `  own_${kind === 'ENTRY' ? 'entries' : 'parts'}_${alias(r)}: entries(\n    filter: { regime: ${r}, kind: ${kind}, list: $list }\n    first: 1\n  ) { totalCount }`,
    ),
  );
  const pairs: string[] = [];
  for (let i = 0; i < regimes.length; i++)
    for (let j = i + 1; j < regimes.length; j++) {
      const a = regimes[i] as string;
      const b = regimes[j] as string;
      const basis = pairs.length === 0 ? '\n    dataVersion\n    lists { id title version }' : '';
      pairs.push(`  pair_${alias(a)}_${alias(b)}: overlap(\n    regimes: [${a}, ${b}], list: $list\n  ) {${basis}\n    sharedEntries { entry { id } }\n    sharedPartCount\n  }`);
    }
  return `query OverlapHeatmap($list: ID) {\n${own.join('\n')}\n${pairs.join('\n')}\n}`;
}


export const PAIR_QUERY = `query OverlapPair($regimes: [RegimeCode!]!, $list: ID) {
  overlap(regimes: $regimes, list: $list) {
    dataVersion
    lists { id title version }
    sharedPartCount
    sharedEntries {
      entry { id code title listId }
      attributions { regime basis coverage scope parts exceptParts servedItems conditional }
    }
    technologies {
      technology { id name }
      comparisons { parameter unit verdict explanation strictestRegimes }
    }
  }
}`;

export const MATRIX_QUERY = `query MembershipMatrix($view: ParticipationView) {
  dataVersion
  membershipMatrix(view: $view) {
    regimes
    rows {
      country { iso2 name }
      cells { regime participation { status since sinceNote source } }
    }
  }
}`;

export const MEMBERSHIP_GAPS_QUERY = `query MembershipGaps($regime: RegimeCode!, $against: RegimeCode!, $view: ParticipationView) {
  dataVersion
  membershipGaps(regime: $regime, against: $against, view: $view) {
    onlyInRegime { country { iso2 name } status since source }
    onlyInAgainst { country { iso2 name } status since source }
  }
}`;

/** The variables the page sends with GAPS_QUERY: null for "all lists" and "every category". */
export type GapListVariables = {
  regime: string;
  against: string;
  list: string | null;
  category: number | null;
};

/** The variables the page sends with ITT_QUERY. */
export type IttCoverageVariables = {
  regime: string;
  list: string | null;
  category: number | null;
};

/** The variables the page sends with PAIR_QUERY: the pair in the order of the cell chosen (row, column). */
export type OverlapPairVariables = {
  regimes: [string, string];
  list: string | null;
};

/** The variables the page sends with heatmapQuery(…). */
export type OverlapHeatmapVariables = {
  list: string | null;
};

/** Whose participant lists: the regimes' own, or the US Country Groups. */
export type ParticipationViewName = 'REGIME' | 'US_COUNTRY_GROUP';

/** The variables the page sends with MATRIX_QUERY and MEMBERSHIP_GAPS_QUERY. */
export type MatrixVariables = {
  view: ParticipationViewName;
};
export type MembershipGapsVariables = {
  regime: string;
  against: string;
  view: ParticipationViewName;
};
