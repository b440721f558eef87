package briefing.render;

import briefing.content.Briefing;
import briefing.data.Company;
import briefing.desk.CompanyProfile;
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

    Views.CompanyView company(CompanyProfile profile) {
        Company c = profile.company();
        String path = urls.company(c.id());
        return new Views.CompanyView(c.id(), c.name(), c.aliases(), c.description(),
                c.url().map(Object::toString).orElse(null),
                profile.charts().stream().map(chart -> views.chart(path, chart)).toList(),
                profile.deals().stream().map(d -> deals.row(d, views)).toList(),
                figures(profile),
                profile.events().stream().map(e -> new Views.CompanyEventView(views.event(e.briefing(), e.event()),
                        e.briefing().title(), urls.briefing(e.briefing().slug()))).toList());
    }

    /** The figures grouped by briefing, in the profile's order (newest briefing first). */
    private List<Views.CompanyFiguresView> figures(CompanyProfile profile) {
        Map<Briefing, List<Views.FigureView>> groups = new LinkedHashMap<>();
        profile.figures().forEach(f -> groups.computeIfAbsent(f.briefing(), b -> new ArrayList<>())
                .add(views.figure(f.figure())));
        return groups.entrySet().stream().map(g -> new Views.CompanyFiguresView(g.getKey().title(),
                urls.briefing(g.getKey().slug()), List.copyOf(g.getValue()))).toList();
    }

    List<Views.CompanySummaryView> list(List<CompanyProfile> profiles) {
        return profiles.stream().map(p -> new Views.CompanySummaryView(p.company().name(),
                urls.company(p.company().id()), p.company().description(), p.deals().size(), p.figures().size(),
                p.events().size())).toList();
    }
}
