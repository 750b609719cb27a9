import { JsonPipe } from '@angular/common';
import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import type { VfEvent } from '@veloflux/orchestration-elements';
import {
  createOrchestrationClient,
  type AutoscalingSettings,
} from '@veloflux/orchestration-elements/client';
import { VfValueAccessor } from './vf-value-accessor.directive';

interface ReceivedEvent {
  id: number;
  name: string;
  text: string;
}

@Component({
  selector: 'app-root',
  imports: [ReactiveFormsModule, JsonPipe, VfValueAccessor],
  // vf-* tags are custom elements: Angular sets their properties and listens to their events.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <h1>
      Tenant <code>{{ tenantId }}</code> (Angular)
    </h1>
    <!-- [prop] sets DOM properties: strings, numbers and objects alike. -->
    <vf-orch-provider [client]="client" [tenantId]="tenantId">
      <section>
        <h2>Status</h2>
        <vf-orch-status [interval]="10"></vf-orch-status>
      </section>
      <section>
        <h2>Manual scaling</h2>
        <vf-scale-control
          [max]="10"
          [presets]="presets"
          (vf-scale-accepted)="onScaleAccepted($event)"
          (vf-scale-settled)="onScaleSettled($event)"
        ></vf-scale-control>
      </section>
      <section>
        <h2>Autoscaling</h2>
        <form [formGroup]="form">
          <!-- formControlName works through VfValueAccessor (vf-value-accessor.directive.ts). -->
          <vf-autoscale-form formControlName="autoscale"></vf-autoscale-form>
        </form>
        <p>
          Bound model (touched: <span id="autoscale-touched">{{ touched() }}</span>):
        </p>
        <pre id="autoscale-model">{{ model() | json }}</pre>
      </section>
    </vf-orch-provider>

    <section>
      <h2>Events received by the app</h2>
      <ol id="event-log">
        @for (event of received(); track event.id) {
          <li [attr.data-event]="event.name">{{ event.name }} {{ event.text }}</li>
        }
      </ol>
    </section>
  `,
})
export class AppComponent {
  readonly tenantId = 'globex';
  // One client for the whole app: the elements get it through the provider's `client` property.
  readonly client = createOrchestrationClient({ baseUrl: '' });
  readonly presets = [1, 2, 3, 4, 6];

  readonly form = new FormGroup({
    autoscale: new FormControl<AutoscalingSettings | null>(null),
  });
  readonly model = toSignal(this.form.controls.autoscale.valueChanges, { initialValue: null });
  readonly touched = signal(false);
  readonly received = signal<ReceivedEvent[]>([]);
  private serial = 0;

  constructor() {
    const control = this.form.controls.autoscale;
    control.events.subscribe(() => this.touched.set(control.touched));
    // Start the control from what the server stores (the element reads it too; a control value
    // written later wins over the element's own read).
    void this.client.getConfig(this.tenantId).then((config) =>
      control.setValue({
        enabled: config.autoscaling_enabled,
        min_replicas: config.min_replicas,
        max_replicas: config.max_replicas,
        target_cpu_utilization: config.target_cpu_utilization,
      }),
    );
  }

  onScaleAccepted(event: VfEvent<'vf-scale-accepted'>): void {
    this.record(
      'vf-scale-accepted',
      `${event.detail.tenantId} → ${event.detail.replicas} replicas`,
    );
  }

  onScaleSettled(event: VfEvent<'vf-scale-settled'>): void {
    this.record('vf-scale-settled', `${event.detail.tenantId}: ${event.detail.outcome}`);
  }

  private record(name: string, text: string): void {
    this.received.update((events) => [{ id: ++this.serial, name, text }, ...events]);
  }
}
