/** The 22 SOC 2018 major groups of detailed occupations (the first two digits of a code), as BLS names them. */
export const SOC_MAJOR_GROUPS: Readonly<Record<string, string>> = {
	'11': 'Management',
	'13': 'Business and Financial Operations',
	'15': 'Computer and Mathematical',
	'17': 'Architecture and Engineering',
	'19': 'Life, Physical, and Social Science',
	'21': 'Community and Social Service',
	'23': 'Legal',
	'25': 'Educational Instruction and Library',
	'27': 'Arts, Design, Entertainment, Sports, and Media',
	'29': 'Healthcare Practitioners and Technical',
	'31': 'Healthcare Support',
	'33': 'Protective Service',
	'35': 'Food Preparation and Serving Related',
	'37': 'Building and Grounds Cleaning and Maintenance',
	'39': 'Personal Care and Service',
	'41': 'Sales and Related',
	'43': 'Office and Administrative Support',
	'45': 'Farming, Fishing, and Forestry',
	'47': 'Construction and Extraction',
	'49': 'Installation, Maintenance, and Repair',
	'51': 'Production',
	'53': 'Transportation and Material Moving'
};

/** Employment Projections' typical entry-level education categories, least to most. */
export const ENTRY_EDUCATION = [
	'No formal educational credential',
	'High school diploma or equivalent',
	'Some college, no degree',
	'Postsecondary nondegree award',
	"Associate's degree",
	"Bachelor's degree",
	"Master's degree",
	'Doctoral or professional degree'
] as const;
