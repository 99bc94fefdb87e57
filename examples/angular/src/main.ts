import { bootstrapApplication } from '@angular/platform-browser';
import { InboxComponent } from './inbox.component';

bootstrapApplication(InboxComponent).catch((error: unknown) => console.error(error));
