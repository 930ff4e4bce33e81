/** Pure rules of routing a consultation (no I/O): which providers are asked, under which id. */

/** The requester's own consultation id when it is a lower-case UUID; otherwise the hub assigns one. */
export function consultationIdOf(proposed: string | undefined): string | undefined {
  return proposed !== undefined && /^[0-9a-f-]{36}$/.test(proposed) ? proposed : undefined;
}

/** The providers to ask: every institution with an integration, or only those the requester asks again (polling). */
export function selectProviders(withIntegration: string[], askedAgain: string[] | undefined): string[] {
  return askedAgain === undefined ? withIntegration : withIntegration.filter((kbo) => askedAgain.includes(kbo));
}
