// Fictional demo data: invented people, teams and projects, never real ones.

export const demoPassword = "involve-demo";

export const demoTeams = [
  "Conferences and events",
  "Research and evidence",
  "Publications",
  "Digital and web",
  "Leadership programme",
  "Policy and partnerships",
] as const;

export const demoUsers = [
  { email: "lead@example.org", name: "Priya Ashworth", role: "lead" },
  { email: "events@example.org", name: "Tomasz Whitfield", role: "events" },
  { email: "manager@example.org", name: "Grace Okonjo", role: "manager" },
  { email: "admin@example.org", name: "Dev Halloran", role: "admin" },
  { email: "lead2@example.org", name: "Maren Castellane", role: "lead" },
  { email: "lead3@example.org", name: "Kofi Brennard", role: "lead" },
] as const;

type Kind = "conference" | "event" | "research" | "publication" | "blog" | "programme" | "digital" | "other";

/** Title templates per kind; `{n}` and `{topic}` vary them. */
export const demoTitles: Record<Kind, { team: (typeof demoTeams)[number]; titles: string[] }> = {
  conference: {
    team: "Conferences and events",
    titles: [
      "Annual {topic} summit",
      "Integrated care conference: {topic}",
      "Primary care futures conference",
      "Health inequalities conference",
    ],
  },
  event: {
    team: "Conferences and events",
    titles: [
      "Webinar: {topic} in practice",
      "Roundtable on {topic}",
      "Patient voice breakfast briefing",
      "Evening lecture: {topic}",
    ],
  },
  research: {
    team: "Research and evidence",
    titles: [
      "Study of {topic} services",
      "Evaluation of {topic} pathways",
      "Survey of people using {topic} services",
      "Rapid review: {topic}",
    ],
  },
  publication: {
    team: "Publications",
    titles: ["Long read: {topic}", "Explainer: how {topic} is funded", "Report: the state of {topic}"],
  },
  blog: {
    team: "Publications",
    titles: ["Blog: living with {topic}", "Blog: what we heard about {topic}", "Guest blog on {topic}"],
  },
  programme: {
    team: "Leadership programme",
    titles: ["Leadership programme cohort {n}", "Clinical leaders network, cohort {n}", "Mentoring circle {n}"],
  },
  digital: {
    team: "Digital and web",
    titles: ["Website redesign: {topic} pages", "Accessible data tool for {topic}", "Search usability testing"],
  },
  other: {
    team: "Policy and partnerships",
    titles: ["Consultation response on {topic}", "Partnership scoping: {topic}", "Library guide to {topic}"],
  },
};

export const demoTopics = [
  "HIV",
  "mental health",
  "maternity",
  "social care",
  "general practice",
  "dementia",
  "urgent care",
  "diabetes",
  "community pharmacy",
  "cancer",
  "long COVID",
  "carers' support",
];

export const demoSummaries = [
  "Planning is under way; we are deciding how patients and carers will shape the work.",
  "Builds on last year's work and the feedback we received from people who took part.",
  "A short piece of work with a clear deadline; scope agreed with the programme board.",
  "Co-designed with a patient advisory group, who set the questions we will ask.",
  "Aimed at policy makers and commissioners; includes first-hand accounts.",
  "Jointly run with a partner organisation; our team leads on content.",
];

/** Invented first and family names, combined at random: no real person is described. */
export const demoFirstNames = [
  "Amara",
  "Bilal",
  "Carys",
  "Dmitri",
  "Efua",
  "Finlay",
  "Gwen",
  "Hamza",
  "Isla",
  "Jonah",
  "Kezia",
  "Leon",
  "Maya",
  "Nico",
  "Orla",
  "Pavel",
  "Quinn",
  "Rosa",
  "Sami",
  "Tegan",
  "Uma",
  "Viktor",
  "Wren",
  "Yusuf",
  "Zara",
  "Ade",
  "Bronwen",
  "Cal",
  "Delphine",
  "Emeka",
];

export const demoFamilyNames = [
  "Ashdown",
  "Beaumont-Kaye",
  "Castellow",
  "Dunmere",
  "Ellery",
  "Farrowby",
  "Glenholt",
  "Harcastle",
  "Ivering",
  "Jessop-Lane",
  "Kilbride",
  "Larkworth",
  "Merriden",
  "Northcote-Ray",
  "Okafor-Lind",
  "Pennick",
  "Quarrell",
  "Rushbrook",
  "Saltmarsh",
  "Thornaby",
  "Underhill",
  "Vexley",
  "Wrayburn",
  "Yardley",
];

export const demoLivedExperience = [
  "HIV",
  "mental health",
  "maternity",
  "dementia",
  "diabetes",
  "cancer",
  "long COVID",
  "stroke",
  "learning disability",
  "sickle cell",
  "unpaid caring",
  "homelessness",
];

export const demoAccessNeeds = [
  "",
  "",
  "Step-free access and a seat near the door.",
  "Papers in large print, a week ahead.",
  "British Sign Language interpreter.",
  "Breaks every 45 minutes.",
  "Travel booked in advance; cannot pay up front.",
];
