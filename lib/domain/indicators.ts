// What organised crime of each kind looks like locally: the indicator checklists officers and
// partners recognise (see docs/domain.md). Shown as guidance now; the concern form uses them too.
export type OcCategory = { key: string; label: string; summary: string; indicators: string[] };

export const OC_CATEGORIES: readonly OcCategory[] = [
  {
    key: "COUNTY_LINES",
    label: "County lines / child criminal exploitation",
    summary: "Children and vulnerable adults used to move and sell drugs, often far from home.",
    indicators: [
      "Child persistently missing or found out of area",
      "Unexplained money, clothes or phones",
      "Several handsets",
      "Older or controlling associates",
      "Unexplained injuries",
      "Carrying weapons",
      "Hotel keys or travel tickets",
      "Drop in school attendance",
      "Drugs concealed",
    ],
  },
  {
    key: "CUCKOOING",
    label: "Cuckooing",
    summary: "A vulnerable person's home taken over to deal or store drugs.",
    indicators: ["More visitors and short-stay vehicles", "Resident rarely seen", "Open drug dealing or anti-social behaviour near the address", "New \u201cfriends\u201d staying"],
  },
  {
    key: "CSE",
    label: "Child sexual exploitation",
    summary: "Children groomed and abused by groups of offenders, often with gifts, drugs and parties.",
    indicators: ["Older \u201cboyfriend\u201d", "Gifts, alcohol or drugs", "Going missing", "Getting into cars with unknown adults", "Parties or \u201ctrap\u201d addresses"],
  },
  {
    key: "MODERN_SLAVERY",
    label: "Modern slavery / labour exploitation",
    summary: "People forced to work for little or nothing, controlled by those who moved them.",
    indicators: ["Workers transported together", "Living at the workplace", "No ID documents", "Poor condition", "Controlled pay", "Signs of fear"],
  },
  {
    key: "SEX_MARKET",
    label: "Sex market",
    summary: "Brothels and controlled sex work; most of the brothels studied were linked to groups.",
    indicators: ["Multiple women at one address with frequent male callers", "Adverts", "Controlled movement"],
  },
  {
    key: "FRAUD",
    label: "Fraud",
    summary: "A third to half of fraud was linked to organised groups, with far higher losses.",
    indicators: ["Repeat targeting of elderly residents", "Doorstep crime", "Romance or investment scams", "Cash-intensive businesses used for laundering"],
  },
  {
    key: "INTIMIDATION",
    label: "Intimidation / criminal family control",
    summary: "Communities kept quiet by fear of a family or group.",
    indicators: ["Witnesses withdrawing", "Residents afraid to report", "\u201cNo-go\u201d areas", "Protection payments"],
  },
];
