/** O*NET-SOC 2019 codes are a SOC 2018 code plus a two-digit suffix ("29-1071.01"); null for anything else. */
const ONET_SOC = /^(\d{2}-\d{4})\.\d{2}$/;

/** The SOC code an O*NET-SOC code belongs to: its first seven characters ("29-1071.01" → "29-1071"). */
export function socOfOnet(onetSoc: string): string | null {
	return ONET_SOC.exec(onetSoc.trim())?.[1] ?? null;
}
