import { Injectable } from '@nestjs/common';
import { TransactionHooks } from '@undersigned/common';
import type { Revision } from './versions.service';

/** Lets later contexts (endorsements, supporters) act in a revision's transaction without letters depending on them. */
@Injectable()
export class RevisionHooksService extends TransactionHooks<Revision> {}
