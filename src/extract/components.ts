// The extract pipeline: its components in the order they run. Each one's file says what it
// requires and provides; composing checks that order (./compose.ts). A new component is its
// own file plus one line here (docs/architecture.md, "A new extract component").
import type { AnyComponent } from './compose.ts';
import { segmentationComponent } from './segmentation.ts';
import { tokenizationComponent } from './tokens.ts';
import { timeTokensComponent } from './time-tokens.ts';
import { documentCountriesComponent } from './actors/countries.ts';
import { documentHeadComponent } from './document/head.ts';
import { personMentionsComponent } from './actors/personMentions.ts';
import { personsComponent } from './actors/persons.ts';
import { homeCountryComponent } from './actors/home.ts';
import { organizationsComponent } from './actors/organizations.ts';
import { actorsComponent } from './actors/index.ts';
import { meetingsComponent } from './meetings/meetings.ts';
import { principalMeetingComponent } from './meetings/principal.ts';
import { outcomeDocumentsComponent } from './outcomes.ts';
import { statementsComponent } from './statements/index.ts';
import { commitmentsComponent } from './commitments/index.ts';
import { documentKindComponent } from './document/kind.ts';

export const COMPONENTS: readonly AnyComponent[] = [
  segmentationComponent,
  tokenizationComponent,
  timeTokensComponent,
  documentCountriesComponent,
  documentHeadComponent,
  personMentionsComponent,
  personsComponent,
  homeCountryComponent,
  organizationsComponent,
  actorsComponent,
  meetingsComponent,
  principalMeetingComponent,
  outcomeDocumentsComponent,
  statementsComponent,
  commitmentsComponent,
  documentKindComponent,
];
