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
type Team = (typeof demoTeams)[number];

/** Title templates per kind of work, with the team that runs it; `{n}` and `{topic}` vary them. */
const titleTemplates: [Kind, Team, string][] = [
  ["conference", "Conferences and events", "Annual {topic} summit"],
  ["conference", "Conferences and events", "Integrated care conference: {topic}"],
  ["conference", "Conferences and events", "Primary care futures conference"],
  ["conference", "Conferences and events", "Health inequalities conference"],
  ["event", "Conferences and events", "Webinar: {topic} in practice"],
  ["event", "Conferences and events", "Roundtable on {topic}"],
  ["event", "Conferences and events", "Patient voice breakfast briefing"],
  ["event", "Conferences and events", "Evening lecture: {topic}"],
  ["research", "Research and evidence", "Study of {topic} services"],
  ["research", "Research and evidence", "Evaluation of {topic} pathways"],
  ["research", "Research and evidence", "Survey of people using {topic} services"],
  ["research", "Research and evidence", "Rapid review: {topic}"],
  ["publication", "Publications", "Long read: {topic}"],
  ["publication", "Publications", "Explainer: how {topic} is funded"],
  ["publication", "Publications", "Report: the state of {topic}"],
  ["blog", "Publications", "Blog: living with {topic}"],
  ["blog", "Publications", "Blog: what we heard about {topic}"],
  ["blog", "Publications", "Guest blog on {topic}"],
  ["programme", "Leadership programme", "Leadership programme cohort {n}"],
  ["programme", "Leadership programme", "Clinical leaders network, cohort {n}"],
  ["programme", "Leadership programme", "Mentoring circle {n}"],
  ["digital", "Digital and web", "Website redesign: {topic} pages"],
  ["digital", "Digital and web", "Accessible data tool for {topic}"],
  ["digital", "Digital and web", "Search usability testing"],
  ["other", "Policy and partnerships", "Consultation response on {topic}"],
  ["other", "Policy and partnerships", "Partnership scoping: {topic}"],
  ["other", "Policy and partnerships", "Library guide to {topic}"],
];

/** The templates grouped by kind, in the order above (the seed takes the kinds in turn). */
export const demoTitles = titleTemplates.reduce(
  (byKind, [kind, team, title]) => {
    byKind[kind] ??= { team, titles: [] };
    byKind[kind].titles.push(title);
    return byKind;
  },
  {} as Record<Kind, { team: Team; titles: string[] }>,
);

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

/** More invented names for the speakers on conference and event agendas. */
export const demoSpeakerFirstNames = [
  "Anouk",
  "Bram",
  "Cressida",
  "Desmond",
  "Elin",
  "Faisal",
  "Ginevra",
  "Hugo",
  "Ifeoma",
  "Jarrah",
  "Kaito",
  "Linnea",
  "Marek",
  "Nadia",
  "Oskar",
  "Priyanka",
  "Rafferty",
  "Saoirse",
  "Tobias",
  "Ulrika",
  "Vivienne",
  "Wilhelmina",
  "Xavier",
  "Yara",
  "Zoltan",
  "Adaeze",
  "Bertie",
  "Chiara",
  "Dagny",
  "Esme",
  "Farid",
  "Gaia",
  "Idris",
  "Juno",
  "Lorcan",
  "Mairead",
  "Nkechi",
  "Ottilie",
  "Ravi",
  "Sunita",
  "Thaddeus",
  "Morwen",
];

export const demoSpeakerFamilyNames = [
  "Abbotsfield",
  "Brightwater-Lowe",
  "Caddington",
  "Dearlove-Marsh",
  "Elmsbury",
  "Fallowfield-Rowe",
  "Gorringe-Tate",
  "Hawksmere",
  "Inchbald",
  "Kettleburn",
  "Lymington-Fry",
  "Marchbank",
  "Nethercott",
  "Oakenshaw-Bell",
  "Pilgrimsby",
  "Quenby",
  "Ravensholme",
  "Stainbridge",
  "Tollerton",
  "Upcott-Vane",
  "Whinmoor",
  "Yelverton-Ash",
  "Amblecote",
  "Birchenough",
  "Coldharbour",
  "Dunstable-Reeve",
];

/** Session titles by kind of slot; `{topic}` is the event's topic. */
export const demoSessionTitles = {
  openingKeynote: [
    "Opening keynote: what good looks like in {topic}, from the people who use services",
    "Opening keynote: ten years of listening to patients in {topic}",
    "Opening keynote: designing with, not for, patients in {topic}",
    "Opening keynote: fairer outcomes in {topic}",
  ],
  closingKeynote: [
    "Closing keynote: from listening to acting",
    "Closing keynote: what we will do differently on Monday",
    "Closing keynote: holding ourselves to account",
  ],
  panel: [
    "Panel: whose voice counts in {topic}?",
    "Panel: waiting lists and waiting well in {topic}",
    "Panel: co-production in {topic}, in practice",
    "Panel: data, trust and consent in {topic} research",
    "Panel: care closer to home in {topic}",
    "Panel: the workforce we need for {topic}",
    "Panel: paying people fairly for their time and expertise",
  ],
  closingPanel: ["Closing panel: what we heard today", "Closing panel: priorities for the year ahead"],
  workshop: [
    "Workshop: writing plain-language information about {topic}",
    "Workshop: designing a fairer referral pathway",
    "Workshop: measuring what matters to patients",
    "Workshop: involving seldom-heard groups in {topic}",
    "Workshop: running accessible meetings, online and in person",
  ],
  talk: [
    "Talk: a carer's view on {topic}",
    "Talk: what the evidence says about {topic}",
    "Talk: commissioning for access in {topic}",
    "Talk: lessons from a patient-led pilot in {topic}",
    "Talk: digital front doors and who gets left behind",
  ],
  webinarTalk: [
    "Briefing: {topic} in practice, the story so far",
    "Talk: what changed when patients led a review of {topic}",
  ],
  webinarPanel: ["Panel Q&A: your questions on {topic}", "Panel: making {topic} work for everyone"],
  breakout: ["Breakout: sharing what works locally", "Breakout: one change we could make this year"],
  welcome: ["Welcome and purpose of the day", "Welcome and introductions"],
  roundtable: [
    "Roundtable discussion: priorities for {topic}",
    "Roundtable discussion: what needs to change in {topic}",
  ],
  summingUp: ["Summing up: what we heard and what happens next"],
  breakfastKeynote: [
    "Breakfast keynote: listening to patients and carers in {topic}",
    "Breakfast keynote: patient voice at board level",
  ],
  lecture: ["Lecture: {topic}, what has changed and what has not", "Lecture: the next ten years in {topic}"],
  refreshments: ["Welcome and refreshments"],
  qaPanel: ["Q&A panel: your questions for the speakers", "Q&A panel: from lecture to local action"],
  response: ["Response: a local view on {topic}", "Response: what this means for our services"],
  close: ["Close and next steps"],
} as const;

/** Briefs for speakers: what we ask of them, and what they can expect from us. */
export const demoSpeakerBriefs = {
  chair: {
    ask: "Chair the session: introduce the speakers, keep time and make space for questions from the floor.",
    expectations: "A briefing call a week ahead, the running order and questions in advance, and a debrief afterwards.",
  },
  presenter: {
    ask: "Give a 20-minute talk from your own experience, then take questions.",
    expectations:
      "Slides template and a briefing call; travel booked for you; fee paid within 30 days if you want one.",
  },
  panellist: {
    ask: "Join the panel: a three-minute opening from your own view, then discussion and audience questions.",
    expectations: "Questions sent a week ahead, a named contact on the day, and a note of what changed because of you.",
  },
  facilitator: {
    ask: "Co-facilitate the workshop: help small groups work through the exercises and report back.",
    expectations: "A planning session with the co-facilitator, materials printed for you, and a debrief afterwards.",
  },
  speaker_adviser: {
    ask: "Review the draft programme and speaker list, and suggest speakers with lived experience.",
    expectations: "Two hours of paid review time, papers a week ahead, and a note of what we changed.",
  },
} as const;

export const demoSpeakerFeedback = [
  "Good briefing; the panel ran over and I had little time to speak.",
  "Felt listened to; the chair made sure patients spoke first.",
  "The venue was hard to reach by bus; otherwise well organised.",
  "Would have liked the questions earlier, but the team were very supportive.",
];

export const demoSpeakerImpact = [
  "Audience questions shaped the commissioning guidance that followed.",
  "The session's key points were written into the conference report's recommendations.",
  "Two trusts asked to use the talk in their staff induction.",
  "",
];

/** What patient advisers said about speakers and content, where their advice was sought. */
export const demoAdviceOutcomes = [
  "Our patient advisers asked for a carer on the opening panel; we added one.",
  "Advisers rewrote two jargon-heavy session titles and asked us to brief speakers on plain language.",
  "Advisers suggested a speaker with lived experience of homelessness; she agreed to present.",
  "Advisers asked for a quiet room and shorter sessions; both arranged.",
  "The patient panel moved the patient-led talk from the last slot to the morning.",
];

/** The outcome recorded where advice was sought but no patient speaker is confirmed yet. */
export const demoAdviceOutcomeUnresolved =
  "Advisers asked for a speaker with lived experience; we have invited people but none has confirmed.";
