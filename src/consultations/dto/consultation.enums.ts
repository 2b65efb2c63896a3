import { registerEnumType } from '@nestjs/graphql';
import { RespondRefusal } from '../consultation.errors';
import { ConsultationState, QuestionKind, ResultsVisibility } from '../consultation.policy';

registerEnumType(ConsultationState, {
  name: 'ConsultationState',
  description: 'Where a consultation stands, computed by the server from its dates and its clock.',
  valuesMap: {
    UPCOMING: { description: 'Not open yet: the council may still edit it.' },
    OPEN: { description: 'Taking answers (from opensAt until closesAt).' },
    CLOSED: { description: 'No longer taking answers (closesAt passed, or closed early by the council).' },
  },
});

registerEnumType(ResultsVisibility, {
  name: 'ResultsVisibility',
  description: 'When the public sees the results (the council always does).',
  valuesMap: {
    LIVE: { description: 'As the answers come in.' },
    AFTER_CLOSE: { description: 'Once the consultation is closed.' },
  },
});

registerEnumType(QuestionKind, {
  name: 'QuestionKind',
  description: 'The kind of a question, which decides the answer it takes.',
  valuesMap: {
    SINGLE_CHOICE: { description: 'Exactly one option (`optionIds` with one id).' },
    MULTIPLE_CHOICE: { description: 'One to `maxChoices` options (`optionIds`).' },
    RANKING: { description: 'Every option, in order of preference (`ranking`, first = preferred).' },
    SCALE: { description: 'A whole number from 1 to 5 (`scale`), its ends labelled.' },
    FREE_TEXT: { description: 'Plain text (`text`) up to `maxLength` characters.' },
  },
});

registerEnumType(RespondRefusal, {
  name: 'RespondRefusal',
  description: 'Why the viewer cannot answer a consultation.',
  valuesMap: {
    NOT_SIGNED_IN: { description: 'The viewer is not signed in.' },
    ALREADY_RESPONDED: { description: 'The viewer has already answered (once per resident).' },
    NOT_OPEN: { description: 'The consultation is not open (upcoming or closed).' },
    NOT_ELIGIBLE: { description: 'The viewer’s district is not among those consulted.' },
  },
});
