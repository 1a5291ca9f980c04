// The explicit, ordered list of migrations. Append only; never edit a released one.
import { migration001 } from './001-initial';
import { migration002 } from './002-intakes';
import { migration003 } from './003-settings';
import { migration004 } from './004-access-log-seq';
import { migration005 } from './005-patient-revision';
import { migration006 } from './006-staff-details';
import { migration007 } from './007-access-log-chain';
import { migration008 } from './008-accounts';
import { migration009 } from './009-partners';
import { migration010 } from './010-consents';
import { migration011 } from './011-patient-network';
import { migration012 } from './012-patient-actions';
import { migration013 } from './013-meetings';
import { migration014 } from './014-shared-documents';
import { migration015 } from './015-meeting-outcomes';
import { migration016 } from './016-share-outbox';
import { migration017 } from './017-overview-indexes';
import { migration018 } from './018-overview-cells';
import type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008, migration009, migration010, migration011, migration012, migration013, migration014, migration015, migration016, migration017, migration018];
