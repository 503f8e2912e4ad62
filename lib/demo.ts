/** Demo mode: the sign-in page lists the demo accounts and the UI labels the data fictional. */
export function isDemoMode(): boolean {
  return process.env.LOCUS_DEMO === "1" || process.env.LOCUS_DEMO === "true";
}
