package parksim.gui;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javax.imageio.ImageIO;
import javax.swing.JComboBox;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import parksim.core.InputException;
import parksim.model.Park;
import parksim.model.ParkSimulation;
import parksim.observe.ParkMonth;
import parksim.results.ResultDirectory;
import parksim.policy.InstrumentCatalog;
import parksim.scenario.LoadedScenario;
import parksim.scenario.ParkSpec;
import parksim.scenario.ScenarioPath;
import parksim.scenario.Scenario;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.util.Bag;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;

/**
 * parksim in the MASON GUI: the same {@link ParkSimulation} that {@code parksim run} executes,
 * shown as parks, buildings and firms with live charts, and changed from the Model tab.
 *
 * <p>The model never learns it is watched. What the GUI shows comes from GUI-side structures
 * ({@link Scene}) that a steppable of this GUIState updates after each month, and from the rows of
 * the same run recorder {@code run} uses, so the figures on screen are the figures of a headless
 * run with the same scenario and seed. Nothing here draws a random number.
 */
public final class ParkSimWithUI extends GUIState {
    static final int DISPLAY_WIDTH = 800;
    static final int DISPLAY_HEIGHT = 560;
    /** Size of the chart images Export writes. */
    static final int CHART_WIDTH = 640;
    static final int CHART_HEIGHT = 400;
    /** The Console's default delay between months: about three months a second, a 70-month run in some 20 s. */
    static final long PLAY_SLEEP_MS = 300;

    private final LoadedScenario loaded;
    private final ScenarioEdits edits;
    private final Scene scene;
    private final ModelControls controls;
    private final FirmPortrayal firmPortrayal = new FirmPortrayal();
    private final ParkPortrayal parkPortrayal;
    private final List<JFrame> frames = new ArrayList<>();
    private final InstrumentCatalog catalog = InstrumentCatalog.installed();
    private final StatusTable status = new StatusTable(catalog);
    private ParkCharts charts;
    private JFrame chartWindow;
    private Display2D display;
    private RecordedRun run;
    private boolean running;
    private int charted;

    /**
     * @param seed the seed of the first run; it must fit in 32 bits, as the Console keeps only those
     */
    public ParkSimWithUI(LoadedScenario loaded, long seed) {
        super(new ParkSimulation(loaded.scenario(), seed));
        if (seed != (int) seed) throw new IllegalArgumentException("the MASON Console keeps 32-bit seeds, not " + seed);
        this.loaded = loaded;
        this.edits = new ScenarioEdits(loaded);
        this.scene = new Scene(loaded.scenario().parks().size() > 1);
        this.parkPortrayal = new ParkPortrayal(scene);
        this.controls = new ModelControls(this);
    }

    public static String getName() { return "parksim"; }

    public static Object getInfo() {
        return "<html><body style='font-family:sans-serif'><h2>parksim</h2>"
                + "<p>Specialised industrial parks, their tenant firms and the policy incentives that attract them.</p>"
                + "<p>The run opens paused at its start month. Press <b>Play</b> to simulate month by month (about three months a "
                + "second; the <b>Delay</b> slider of the Console tab sets the pace), or <b>Step</b> for one month. Click a park, a building or a firm "
                + "in the display to inspect it; on a map of several parks, a click on a park also shows its buildings and firms. "
                + "The table below the display shows each park's budget and the state of its instruments. The <b>Model</b> tab "
                + "groups the policy levers (they apply at once) apart from the model parameters (they apply at the next start). <b>Export</b> saves the charts as PNG and the run's CSVs.</p>"
                + "<p>With the seed shown on the Console tab and no change in the Model tab, a run here is the run "
                + "<code>parksim run</code> makes with that seed.</p></body></html>";
    }

    // ---- MASON life cycle ------------------------------------------------------------------------

    @Override
    public void init(Controller controller) {
        super.init(controller);
        display = new Display2D(DISPLAY_WIDTH, DISPLAY_HEIGHT, this);
        display.setBackdrop(Palette.BACKGROUND);
        display.setClipping(false);
        display.movieButton.setVisible(false); // movies need JMF, which the build leaves out
        // MASON always shows both scroll bars; they would take room from a drawing that fits
        display.display.setVerticalScrollBarPolicy(javax.swing.ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED);
        display.display.setHorizontalScrollBarPolicy(javax.swing.ScrollPaneConstants.HORIZONTAL_SCROLLBAR_AS_NEEDED);
        attachLayers();
        inspectOnSingleClick();
        JFrame displayFrame = display.createFrame();
        displayFrame.setTitle(loaded.scenario().name() + " — parksim");
        show(controller, displayFrame);

        charts = new ParkCharts(loaded.scenario());
        chartWindow = ChartWindow.create(loaded.scenario().name() + " — charts and status", charts, status, parkIds().size());
        show(controller, chartWindow);
    }

    /**
     * MASON inspects on a double click and only selects on a single one; here a single click also
     * inspects the topmost thing under the mouse (a firm rather than the building it sits in). A
     * double click still lists everything under the mouse.
     */
    private void inspectOnSingleClick() {
        display.insideDisplay.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 1 && e.getModifiersEx() == 0 && e.getButton() == MouseEvent.BUTTON1) inspectAt(e.getX(), e.getY());
            }
        });
    }

    /**
     * Shows, in the Console's Inspectors tab, the topmost object drawn at a point of the display. On
     * the map of several parks, a park also opens its buildings and firms; the map button goes back.
     */
    void inspectAt(double x, double y) {
        Bag[] layers = display.objectsHitBy(new Rectangle2D.Double(x, y, 1, 1));
        for (int i = layers.length - 1; i >= 0; i--) {
            if (layers[i].numObjs == 0) continue;
            LocationWrapper hit = (LocationWrapper) layers[i].objs[0];
            if (hit.getObject() instanceof MapButton) {
                showPark(null);
            } else if (hit.getObject() instanceof ParkView park && scene.isMap()) {
                showPark(park.park());
                ParkView header = scene.parkViews().get(0);
                inspect(new LocationWrapper(header, scene.places.getObjectLocation(header), hit.getFieldPortrayal()));
            } else {
                inspect(hit);
            }
            return;
        }
    }

    private void inspect(LocationWrapper hit) {
        Bag inspectors = new Bag(), names = new Bag();
        inspectors.add(hit.getFieldPortrayal().getInspector(hit, this));
        names.add(hit.getFieldPortrayal().getName(hit));
        controller.setInspectors(inspectors, names);
        display.performSelection(hit);
        display.repaint();
    }

    /** Shows one park's buildings and firms, or (null) the map of all parks. */
    void showPark(Park park) {
        synchronized (state.schedule) {
            scene.focus(park);
        }
        display.clearSelections();
        display.repaint();
    }

    /** Whether this program can open windows (it has a display). */
    public static boolean canOpenWindows() {
        return !GraphicsEnvironment.isHeadless();
    }

    /** Opens the Console on a scenario and waits until the Console is closed. */
    public static void openAndWait(LoadedScenario loaded, long seed) throws InterruptedException, InvocationTargetException {
        CountDownLatch closed = new CountDownLatch(1);
        SwingUtilities.invokeAndWait(() -> ((Console) new ParkSimWithUI(loaded, seed).createController()).addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                closed.countDown();
            }
        }));
        closed.await();
    }

    /**
     * Opens the Console, shown, on the park at its start month: the run is started paused, as if Pause
     * had been pressed, so that the display is drawn and the status table filled before Play.
     */
    @Override
    public Controller createController() {
        Console console = openConsole();
        console.setVisible(true);
        console.pressPause();
        return console;
    }

    /**
     * Makes the Console (not yet shown). Its seed field starts at this run's seed and stays there
     * after Stop, so that every Play repeats the run; this is set after the Console has read its
     * saved preferences, which would otherwise turn "Increment Seed on Stop" back on.
     */
    Console openConsole() {
        Console console = new Console(this);
        console.setIncrementSeedOnStop(false);
        console.setNewMenuAllowed(false);
        ExportMenu.install(console, this);
        showMonths(console);
        console.setPlaySleep(PLAY_SLEEP_MS);
        console.setTitle(loaded.scenario().name() + " — parksim console");
        WindowLayout.apply(display, DISPLAY_WIDTH, DISPLAY_HEIGHT, console, chartWindow, WindowLayout.screen());
        return console;
    }

    /**
     * Makes the Console count months done, named so ("Months" for MASON's "Steps", one step being a
     * month), rather than show the schedule's time, which starts at 0 and so reads one less than the
     * month the display shows. The Console reads the box by index, so the renamed entry works alike.
     */
    private static void showMonths(java.awt.Container container) {
        for (java.awt.Component c : container.getComponents()) {
            if (c instanceof JComboBox<?> box) {
                for (int i = 0; i < box.getItemCount(); i++) {
                    if (!"Steps".equals(box.getItemAt(i))) continue;
                    @SuppressWarnings("unchecked")
                    javax.swing.DefaultComboBoxModel<Object> model = (javax.swing.DefaultComboBoxModel<Object>) box.getModel();
                    model.removeElementAt(i);
                    model.insertElementAt("Months", i);
                    box.setSelectedIndex(i);
                }
            }
            if (c instanceof java.awt.Container inner) showMonths(inner);
        }
    }

    private void show(Controller controller, JFrame frame) {
        controller.registerFrame(frame);
        frame.setVisible(true);
        frames.add(frame);
    }

    private void attachLayers() {
        ContinuousPortrayal2D places = new InspectedLayer() {
            @Override
            public void draw(Object field, Graphics2D g, DrawInfo2D info) {
                parkPortrayal.beginPaint();
                super.draw(field, g, info);
            }
        };
        places.setField(scene.places);
        places.setPortrayalForClass(ParkView.class, parkPortrayal);
        places.setPortrayalForClass(MapButton.class, new MapButtonPortrayal());
        places.setPortrayalForClass(BuildingView.class, new BuildingPortrayal());
        places.setPortrayalForClass(LaneView.class, new LanePortrayal());

        NetworkPortrayal2D edges = new NetworkPortrayal2D();
        edges.setField(new SpatialNetwork2D(scene.firms, scene.complements));
        edges.setPortrayalForAll(new SimpleEdgePortrayal2D(Palette.EDGE, Palette.EDGE, null) {
            @Override
            public boolean hitObject(Object object, DrawInfo2D range) {
                return false; // a click inspects the firms, not the lines between them
            }
        });

        ContinuousPortrayal2D firms = new InspectedLayer() {
            @Override
            public void draw(Object field, Graphics2D g, DrawInfo2D info) {
                firmPortrayal.beginPaint();
                super.draw(field, g, info);
            }
        };
        firms.setField(scene.firms);
        firms.setPortrayalForAll(firmPortrayal);

        if (scene.hasSeveralParks()) display.attach(new BasemapPortrayal(scene), "Map of China");
        display.attach(places, scene.hasSeveralParks() ? "Parks and buildings" : "Park and buildings");
        display.attach(edges, "Complementary tenants");
        display.attach(firms, "Firms");
        display.attach(new LegendPortrayal(scene), "Month and legend");
    }

    /**
     * Starts a run: a new simulation of the scenario with every Model-tab change so far, with the
     * seed the Console set, recorded exactly as {@code parksim run} records it.
     */
    @Override
    public void start() {
        state = new ParkSimulation(edits.scenario(), state.seed());
        super.start();
        run = RecordedRun.attach(simulation(), edits.differences());
        running = true;
        follow();
    }

    /** Opens a checkpoint: it shows and steps on, but its earlier months are not in this window's charts. */
    @Override
    public void load(SimState loadedState) {
        super.load(loadedState);
        run = null;
        running = true;
        follow();
    }

    @Override
    public boolean validSimState(SimState s) {
        return s instanceof ParkSimulation p && p.scenario().parks().stream().map(ParkSpec::id).toList().equals(parkIds());
    }

    private void follow() {
        scene.reset(simulation());
        status.update(simulation());
        charted = 0;
        if (charts != null) charts.clear();
        scheduleRepeatingImmediatelyAfter(s -> afterMonth());
        if (display != null) {
            display.reset();
            display.repaint();
        }
    }

    /** Runs after every month, before the display repaints: the scene and charts catch up with the model. */
    private void afterMonth() {
        scene.update();
        status.update(simulation());
        if (run == null || charts == null) return;
        List<ParkMonth> rows = run.rows();
        for (; charted < rows.size(); charted++) charts.add(rows.get(charted));
        charts.refresh(state.schedule.getSteps());
    }

    /** One month; false once the scenario's horizon is reached, which stops the Console. */
    @Override
    public boolean step() {
        if (simulation().monthsDone() >= simulation().scenario().months()) return false;
        return super.step();
    }

    @Override
    public void finish() {
        super.finish();
        running = false;
    }

    @Override
    public void quit() {
        super.quit();
        for (JFrame f : frames) f.dispose();
        frames.clear();
        display = null;
    }

    @Override
    public Object getSimulationInspectedObject() { return new ModelTab(controls); }

    @Override
    public Inspector getInspector() { return new ModelInspector(controls, this); }

    // ---- Model-tab changes ----------------------------------------------------------------------

    /**
     * Changes a policy field of a park (a path below {@code parks[id].policies}); while a run goes on,
     * the park's package is replaced at once. Returns what happened, for the Model tab.
     */
    String changePolicy(ScenarioPath policyPath, JsonNode value) {
        String parkId = policyPath.park();
        String path = policyPath.text();
        String before = edits.text(path);
        Scenario changed;
        try {
            changed = edits.set(path, value);
        } catch (InputException e) {
            return "not applied: " + e.getMessage();
        }
        String after = edits.text(path);
        if (!running || run == null) return path + ": " + before + " → " + after + " (applies when the run starts)";
        for (Park p : simulation().parks()) if (p.id().equals(parkId)) p.setPolicies(changed.park(parkId).policies());
        run.changed(path, before, after);
        return path + ": " + before + " → " + after + " (applies at once: prospects from " + run.changes().get(run.changes().size() - 1).effectiveFrom()
                + " on; firms keep the terms they negotiated)";
    }

    /** Changes a value that the simulation reads when it starts. Returns what happened, for the Model tab. */
    String changeForNextStart(String path, JsonNode value) {
        String before = edits.text(path);
        try {
            edits.set(path, value);
        } catch (InputException e) {
            return "not applied: " + e.getMessage();
        }
        return path + ": " + before + " → " + edits.text(path) + " (applies at the next start: press Stop, then Play)";
    }

    // ---- export ---------------------------------------------------------------------------------

    /** Writes the run's CSVs into {@code target} (see {@link RunExport}). */
    Path exportCsvs(Path target) {
        if (run == null) throw new IllegalStateException("no run started in this window to export (a run opened from a checkpoint lacks its earlier months): press Stop, then Play");
        synchronized (state.schedule) {
            return RunExport.write(run, target);
        }
    }

    /** Saves every chart, and the display, as PNG files into {@code folder}. */
    List<Path> exportCharts(Path folder) {
        synchronized (state.schedule) {
            try (ResultDirectory dir = ResultDirectory.create(folder)) {
                List<String> names = new ArrayList<>();
                for (Path p : charts.writePngs(dir::file, CHART_WIDTH, CHART_HEIGHT)) names.add(p.getFileName().toString());
                ImageIO.write(copy(displayImage()), "png", dir.file("display.png").toFile());
                names.add("display.png");
                dir.commit();
                return names.stream().map(folder::resolve).toList();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write images into " + folder, e);
            }
        }
    }

    /** The display as the user sees it (unscrolled, at its current scale). */
    BufferedImage displayImage() {
        return display.insideDisplay.paint(null, true, false);
    }

    private static BufferedImage copy(BufferedImage shared) {
        BufferedImage out = new BufferedImage(shared.getWidth(), shared.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(shared, 0, 0, null);
        g.dispose();
        return out;
    }

    // ---- what the Model tab, the export and tests read -------------------------------------------

    public ParkSimulation simulation() { return (ParkSimulation) state; }

    List<String> parkIds() { return loaded.scenario().parks().stream().map(ParkSpec::id).toList(); }

    ScenarioEdits edits() { return edits; }

    ModelControls controls() { return controls; }

    /** The instruments the GUI knows: their levers and status rows. */
    InstrumentCatalog catalog() { return catalog; }

    Scene scene() { return scene; }

    ParkCharts charts() { return charts; }

    Display2D display() { return display; }

    JFrame chartWindow() { return chartWindow; }

    StatusTable status() { return status; }

    RecordedRun run() { return run; }

    /** The firms the last paint of the display drew. */
    List<FirmPortrayal.Drawn> firmsDrawn() { return firmPortrayal.lastPaint(); }

    /** What the last paint of the map covered of each park, glyph and label (pixels). */
    List<Rectangle2D> parksDrawn() { return parkPortrayal.lastPaint(); }

    /** The firm name labels of the last paint (pixels). */
    List<Rectangle2D> firmLabelsDrawn() { return firmPortrayal.lastLabels(); }

    /** The park labels of the last paint of the map (pixels). */
    List<Rectangle2D> parkLabelsDrawn() { return parkPortrayal.lastLabels(); }
}
