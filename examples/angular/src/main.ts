// Register the elements this app uses before Angular renders them (one module per tag, Lit shared).
import '@veloflux/orchestration-elements/vf-orch-provider';
import '@veloflux/orchestration-elements/vf-orch-status';
import '@veloflux/orchestration-elements/vf-scale-control';
import '@veloflux/orchestration-elements/vf-autoscale-form';
import { provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { AppComponent } from './app/app.component';

bootstrapApplication(AppComponent, {
  providers: [provideZonelessChangeDetection()],
}).catch((error: unknown) => console.error(error));
