// The graph's reference tables as the API lists them: regimes, countries, loaded lists, technology areas and the data
// version. They carry no rule of their own, so each is the repository's read handed on as it is; the GraphQL layer
// reaches them here, and so depends on services only.
export { allCountries } from '../repositories/countries.js';
export { dataVersion } from '../repositories/dataset.js';
export { allLists } from '../repositories/lists.js';
export { allRegimes } from '../repositories/regimes.js';
export { allTechnologies } from '../repositories/technologies.js';
