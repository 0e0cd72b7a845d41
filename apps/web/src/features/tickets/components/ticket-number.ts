/** A ticket's number as people quote it: "GD000042" (a number the API already formatted stays). */
export function formatTicketNumber(number: string): string {
  return /^\d+$/.test(number) ? `GD${number.padStart(6, '0')}` : number;
}
