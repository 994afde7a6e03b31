package fr.ocpizza.pos.ui.backoffice.reports;

import fr.ocpizza.pos.application.report.Cancellations;
import fr.ocpizza.pos.application.report.ChannelSales;
import fr.ocpizza.pos.application.report.DailySales;
import fr.ocpizza.pos.application.report.HourlySales;
import fr.ocpizza.pos.application.report.KitchenTimes;
import fr.ocpizza.pos.application.report.Period;
import fr.ocpizza.pos.application.report.ProductSales;
import fr.ocpizza.pos.application.report.SalesSummary;
import java.util.List;

/** Every report of one period and scope, read together for the reports tab. */
record ReportSet(Period period, List<SalesSummary> summary, List<DailySales> byDay, List<HourlySales> byHour,
                 List<ChannelSales> byChannel, List<ProductSales> byProduct, List<Cancellations> cancellations,
                 List<KitchenTimes> kitchenTimes) {
}
