/** U.S. states, DC and the territories OEWS publishes, with FIPS codes (strings) and postal codes. */
import { compareText } from '../model/compareText';

export interface StateInfo {
	fips: string;
	postal: string;
	name: string;
	territory: boolean;
}

const ROWS: [string, string, string][] = [
	['01', 'AL', 'Alabama'], ['02', 'AK', 'Alaska'], ['04', 'AZ', 'Arizona'], ['05', 'AR', 'Arkansas'],
	['06', 'CA', 'California'], ['08', 'CO', 'Colorado'], ['09', 'CT', 'Connecticut'], ['10', 'DE', 'Delaware'],
	['11', 'DC', 'District of Columbia'], ['12', 'FL', 'Florida'], ['13', 'GA', 'Georgia'], ['15', 'HI', 'Hawaii'],
	['16', 'ID', 'Idaho'], ['17', 'IL', 'Illinois'], ['18', 'IN', 'Indiana'], ['19', 'IA', 'Iowa'],
	['20', 'KS', 'Kansas'], ['21', 'KY', 'Kentucky'], ['22', 'LA', 'Louisiana'], ['23', 'ME', 'Maine'],
	['24', 'MD', 'Maryland'], ['25', 'MA', 'Massachusetts'], ['26', 'MI', 'Michigan'], ['27', 'MN', 'Minnesota'],
	['28', 'MS', 'Mississippi'], ['29', 'MO', 'Missouri'], ['30', 'MT', 'Montana'], ['31', 'NE', 'Nebraska'],
	['32', 'NV', 'Nevada'], ['33', 'NH', 'New Hampshire'], ['34', 'NJ', 'New Jersey'], ['35', 'NM', 'New Mexico'],
	['36', 'NY', 'New York'], ['37', 'NC', 'North Carolina'], ['38', 'ND', 'North Dakota'], ['39', 'OH', 'Ohio'],
	['40', 'OK', 'Oklahoma'], ['41', 'OR', 'Oregon'], ['42', 'PA', 'Pennsylvania'], ['44', 'RI', 'Rhode Island'],
	['45', 'SC', 'South Carolina'], ['46', 'SD', 'South Dakota'], ['47', 'TN', 'Tennessee'], ['48', 'TX', 'Texas'],
	['49', 'UT', 'Utah'], ['50', 'VT', 'Vermont'], ['51', 'VA', 'Virginia'], ['53', 'WA', 'Washington'],
	['54', 'WV', 'West Virginia'], ['55', 'WI', 'Wisconsin'], ['56', 'WY', 'Wyoming'],
	['66', 'GU', 'Guam'], ['72', 'PR', 'Puerto Rico'], ['78', 'VI', 'Virgin Islands']
];

export const STATES: StateInfo[] = ROWS.map(([fips, postal, name]) => ({
	fips,
	postal,
	name,
	territory: Number(fips) > 56
}));

/** The same list in alphabetical order of name, as the state pickers offer it. */
export const STATES_BY_NAME: readonly StateInfo[] = STATES.toSorted((a, b) => compareText(a.name, b.name));

const BY_NAME = new Map(STATES.map((s) => [s.name.toLowerCase(), s]));
const BY_FIPS = new Map(STATES.map((s) => [s.fips, s]));

export const stateByName = (name: string) => BY_NAME.get(name.trim().toLowerCase());
export const stateByFips = (fips: string) => BY_FIPS.get(fips);
