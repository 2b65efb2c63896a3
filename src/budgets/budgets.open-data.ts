import { Injectable } from '@nestjs/common';
import { OpenDataDataset, OpenDataProvider, OpenDataRows, OpenDataVersion } from '../common/open-data/open-data';
import { BUDGET_RESULTS } from './budget-results.open-data';
import { BudgetsService } from './budgets.service';

/** `budget-results`, served by the generic `/open-data` controller. */
@Injectable()
@OpenDataDataset('budget-results')
export class BudgetResultsOpenData implements OpenDataProvider {
  readonly dataset = BUDGET_RESULTS;

  constructor(private readonly budgets: BudgetsService) {}

  version(): Promise<OpenDataVersion> {
    return this.budgets.resultsOpenDataVersion();
  }

  rows(): Promise<OpenDataRows> {
    return this.budgets.resultsOpenDataRows();
  }
}
