/**
 * One event, six outlets, in arrival order: the first two share almost no words, so each starts
 * a story; the next two follow one each, and the last is as close to both (written for these
 * tests, after the way wire and web outlets reported undersea cable cuts).
 */
export const CABLE_CUTS = [
  {
    id: 'a1',
    title: 'Severed cables in the Mediterranean disrupt communications',
    summary: 'Telephone and data links between Europe and Asia were cut on Friday.',
  },
  {
    id: 'b1',
    title: 'Mass internet outages in Egypt and India',
    summary: 'Millions of users lost access to the web as service failed across the region.',
  },
  {
    id: 'a2',
    title: 'Severed Mediterranean cables disrupt communications and internet in Egypt and India',
    summary:
      'Telephone and data links between Europe and Asia were cut; millions of users in Egypt and India lost web access.',
  },
  {
    id: 'b2',
    title: 'Mass internet outages in Egypt and India after cables cut',
    summary:
      'Millions of users lost access to the web across the region after undersea cables carrying data links between Europe and Asia were cut.',
  },
  {
    id: 'c1',
    title: 'Cut Mediterranean cables cause mass internet outages in Egypt and India',
    summary:
      'Telephone and data links between Europe and Asia were cut, and millions of users across the region lost web access.',
  },
  {
    id: 'c2',
    title: 'Internet and telephone links between Europe and Asia cut as Egypt and India suffer outages',
    summary:
      'Severed cables in the Mediterranean disrupted communications, and millions of users in Egypt and India lost web access.',
  },
];
