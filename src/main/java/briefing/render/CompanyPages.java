package briefing.render;

import briefing.content.Briefing;
import briefing.data.Company;
import briefing.desk.CompanyProfile;
import briefing.site.Route;
import briefing.site.Urls;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The views of the company pages and of their list, from the desk's company profiles. */
final class CompanyPages {

    private final Urls urls;
    private final ViewModelBuilder views;
    private final DealTracker deals;

    CompanyPages(Urls urls, ViewModelBuilder views, DealTracker deals) {
        this.urls = urls;
        this.views = views;
        this.deals = deals;
    }

    /** Page {@code route.number()} of a company's page: that page's slice of its deals, figures and events. */
    Views.CompanyView company(Route.CompanyPage route) {
        CompanyProfile all = route.profile();
        CompanyProfile profile = all.page(route.number());
        Company c = profile.company();
        String path = urls.company(c.id());
        int first = (route.number() - 1) * CompanyProfile.DEALS_PER_PAGE;
        Views.PagesView pagination = route.count() == 1 ? null : views.pages(route.number(), route.count(),
                Math.min(first, all.deals().size()), profile.deals().size(), all.deals().size(),
                n -> urls.companyPage(c.id(), n));
        return new Views.CompanyView(c.id(), c.name(), c.aliases(), c.description(),
                c.url().map(Object::toString).orElse(null),
                route.number() == 1 ? profile.charts().stream().map(chart -> views.chart(path, chart)).toList()
                        : List.of(),
                profile.deals().stream().map(d -> deals.row(d, views)).toList(),
                figures(profile),
                profile.events().stream().map(e -> new Views.CompanyEventView(views.event(e.briefing(), e.event()),
                        e.briefing().title(), urls.briefing(e.briefing().slug()))).toList(),
                views.format().number(all.deals().size()), pagination);
    }

    /** The figures grouped by briefing, in the profile's order (newest briefing first). */
    private List<Views.CompanyFiguresView> figures(CompanyProfile profile) {
        Map<Briefing, List<Views.FigureView>> groups = new LinkedHashMap<>();
        profile.figures().forEach(f -> groups.computeIfAbsent(f.briefing(), b -> new ArrayList<>())
                .add(views.figure(f.figure())));
        return groups.entrySet().stream().map(g -> new Views.CompanyFiguresView(g.getKey().title(),
                urls.briefing(g.getKey().slug()), List.copyOf(g.getValue()))).toList();
    }

    /** The companies one page of the list shows, and the way to its other pages (null with one page). */
    List<Views.CompanySummaryView> list(Route.Companies route) {
        return route.profiles().stream().map(p -> new Views.CompanySummaryView(p.company().name(),
                urls.company(p.company().id()), p.company().description(), p.deals().size(), p.figures().size(),
                p.events().size())).toList();
    }

    Views.PagesView pagination(Route.Companies route, int total) {
        return route.count() == 1 ? null : views.pages(route.number(), route.count(), route.first(),
                route.profiles().size(), total, urls::companiesPage);
    }
}
