/** The careers the overview compares by default: coding roles first, then the healthcare careers people weigh them against. */
export const CODING_CAREERS = ['29-2072', '29-9021', '43-3021', '11-9111'];
export const COMPARED_CAREERS = ['29-2033', '29-2036', '29-1124', '29-1071', '29-1151', '29-2034'];
/** The medical coder code BLS uses. */
export const CODER = '29-2072';
/** Default /compare selection: coders, nuclear medicine technologists, physician (and anesthesiologist) assistants. */
export const DEFAULT_COMPARE = ['29-2072', '29-2033', '29-1071'];
