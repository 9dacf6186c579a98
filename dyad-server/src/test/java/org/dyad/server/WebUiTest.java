package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI driven in headless Chromium as an analyst would: load, search, open a document,
 * follow an actor, list events, look at ingestion, relate two actors, read a timeline,
 * match a name against a sanctions list.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebUiTest extends BrowserTest {

  @Test
  @Order(1)
  void loadsWithDyadInTheTitleAndHeaderAndIsKeyboardReachable() throws Exception {
    browser.get(base);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name=q]")));

    assertThat(browser.getTitle()).isEqualTo("Dyad");
    assertThat(browser.findElement(By.cssSelector("header .brand")).getText()).isEqualTo("Dyad");
    assertThat(browser.findElements(By.cssSelector("#nav a"))).extracting(WebElement::getText)
        .containsExactly("Search", "Actors", "Events", "Dyad", "Timeline", "Network", "Hypotheses", "Sanctions", "Ingest");
    assertThat(browser.switchTo().activeElement().getAttribute("name")).as("the query box has the focus").isEqualTo("q");
    assertThat(browser.findElement(By.className("skip")).getAttribute("href")).endsWith("#main");
    screenshot("01-home");
  }

  @Test
  @Order(2)
  void searchesWithTheKeyboardAndShowsFacetsAndHighlights() throws Exception {
    browser.get(base);
    WebElement query = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=q]")));
    query.sendKeys("al-Qaeda", Keys.ENTER);

    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result-count"), "2 documents match"));
    assertThat(browser.findElements(By.cssSelector(".hit"))).hasSize(2);
    assertThat(browser.findElements(By.cssSelector(".snippet mark"))).extracting(WebElement::getText).contains("al-Qaeda");
    assertThat(browser.findElements(By.cssSelector(".facet li a"))).extracting(WebElement::getText)
        .contains("gulf-wire", "capitol-ledger", "al-Qaeda (IMG)");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".chart canvas")));
    screenshot("02-search");
  }

  @Test
  @Order(3)
  void opensADocumentWithHighlightsAndShowsItsMarkupAsText() throws Exception {
    browser.get(base + "#/search?q=deported");
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".hit h3 a"))).click();

    WebElement text = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("doc-text")));
    assertThat(text.getText()).contains("<script>window.hacked=1</script>", "<img src=x onerror=");
    assertThat(((JavascriptExecutor) browser).executeScript("return window.hacked === undefined")).isEqualTo(true);
    assertThat(text.findElements(By.cssSelector("img, script"))).isEmpty();
    assertThat(text.findElements(By.cssSelector(".actor"))).extracting(WebElement::getText).containsExactly("Iran", "al-Qaeda");
    assertThat(text.findElements(By.cssSelector(".event"))).extracting(WebElement::getText).containsExactly("deported");
    assertThat(browser.findElement(By.linkText("Download the original file")).getAttribute("href"))
        .endsWith("/api/documents/" + served.sample.deportation + "/original");
    screenshot("03-document");
  }

  @Test
  @Order(4)
  void followsAnActorToItsPartners() throws Exception {
    browser.get(base + "#/doc/" + served.sample.deportation);
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText("IRN"))).click();

    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "IRN · Iran"));
    assertThat(browser.findElements(By.cssSelector("tbody tr td:first-child a"))).extracting(WebElement::getText)
        .containsExactly("IMGMUSALQ");
    screenshot("04-actor");
    browser.findElement(By.linkText("Actors")).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Actors"));
    assertThat(browser.findElements(By.cssSelector("tbody tr"))).hasSize(3);
    screenshot("05-actors");
  }

  @Test
  @Order(5)
  void filtersEvents() throws Exception {
    browser.get(base + "#/events");
    WebElement source = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=source]")));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("event-count"), "2 events"));
    source.sendKeys("USA", Keys.ENTER);

    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("event-count"), "1 events"));
    assertThat(browser.findElement(By.cssSelector("tbody")).getText()).contains("163", "imposed sanctions");
    screenshot("06-events");
  }

  @Test
  @Order(6)
  void showsIngestionStatusAndTheUploadForm() throws Exception {
    browser.get(base + "#/ingest");

    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("documents-count"), "2 extracted, 2 indexed"));
    assertThat(browser.findElement(By.id("upload")).findElements(By.cssSelector("input[type=file]"))).hasSize(1);
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("No failures.");
    screenshot("07-ingest");
  }

  @Test
  @Order(7)
  void uploadsAFileAndShowsTheJobUntilItIsDone() throws Exception {
    Path file = dir.resolve("2009-04-04-envoy.txt");
    Files.writeString(file, "Kuwait welcomed the Trellisian envoy on April 4, 2009.");
    browser.get(base + "#/ingest");
    WebElement chooser = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#upload input[type=file]")));
    chooser.sendKeys(file.toString());
    browser.findElement(By.cssSelector("#upload button")).click();

    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.job")));
    screenshot("08-upload-running");
    new WebDriverWait(browser, Duration.ofMinutes(2))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.job[data-state=done]")));
    assertThat(browser.findElement(By.cssSelector("tr.job")).getText()).contains("1 / 1 files", "1 new");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("documents-count"), "3 extracted, 3 indexed"));
    screenshot("09-upload-done");
  }

  @Test
  @Order(8)
  void relatesTwoActorsWithATrendChartAVerdictAndTheEvidence() throws Exception {
    browser.get(base + "#/dyad");
    WebElement a = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=a]")));
    a.sendKeys("Iran");
    browser.findElement(By.cssSelector("input[name=b]")).sendKeys("IMGMUSALQ", Keys.ENTER);

    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verdict"), "IRN – IMGMUSALQ: insufficient evidence"));
    assertThat(browser.findElement(By.id("verdict")).getText()).contains("Mann–Kendall p =");
    assertThat(browser.findElements(By.cssSelector("#trend-chart canvas"))).isNotEmpty();
    List<WebElement> evidence = browser.findElements(By.cssSelector("ol.evidence li"));
    assertThat(evidence).hasSize(1);
    assertThat(evidence.getFirst().getText()).contains("2002-08-12", "IRN", "174", "<script>window.hacked=1</script>");
    assertThat(((JavascriptExecutor) browser).executeScript("return window.hacked === undefined")).isEqualTo(true);
    assertThat(evidence.getFirst().getText()).containsPattern("confidence [01]\\.\\d\\d");
    screenshot("10-dyad");
    browser.findElement(By.cssSelector("input[name=weight]")).click();
    browser.findElement(By.cssSelector("input[name=a]")).sendKeys(Keys.ENTER);
    wait.until(ExpectedConditions.urlContains("weight=confidence"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verdict"), "clusters weighted by confidence"));
    assertThat(browser.findElement(By.cssSelector("input[name=weight]")).isSelected()).isTrue();
    evidence = browser.findElements(By.cssSelector("ol.evidence li"));
    evidence.getFirst().findElement(By.partialLinkText("Iran deports")).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Iran deports al-Qaeda members"));
  }

  @Test
  @Order(9)
  void showsATimelineAndRefusesAnUnknownActorWithOneLine() throws Exception {
    browser.get(base + "#/timeline");
    WebElement actor = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=actor]")));
    actor.sendKeys("IMGMUSALQ", Keys.ENTER);

    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline-count"), "2 real-world events"));
    List<WebElement> items = browser.findElements(By.cssSelector("ol.evidence li"));
    assertThat(items).hasSize(2);
    assertThat(items.get(0).getText()).contains("2002-08-12");
    assertThat(items.get(1).getText()).contains("2011-07-28", "imposed sanctions");
    screenshot("11-timeline");
    browser.get(base + "#/timeline?actor=Zzyzxland");
    WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p.error")));
    assertThat(error.getText()).startsWith("actor: 'Zzyzxland' is no actor code");
    // The refused request is a 400 the browser logs; it is expected here, so it does not fail the test.
    browser.manage().logs().get(LogType.BROWSER).getAll();
  }

  @Test
  @Order(10)
  void ranksSanctionsCandidatesWithTheirExplanation() throws Exception {
    SampleSanctionsList.importInto(served.workspace);
    browser.get(base + "#/sanctions");
    WebElement name = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=name]")));
    name.sendKeys("Hassan Nasrallah");
    browser.findElement(By.cssSelector("input[name=dob]")).sendKeys("1960", Keys.ENTER);

    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#candidates tbody tr")));
    WebElement first = browser.findElements(By.cssSelector("#candidates tbody tr")).getFirst();
    assertThat(first.getText()).contains("7", "NASRALLAH, Hasan", "NASRALLAH, Hassan");
    assertThat(first.findElements(By.cssSelector("ul.explanation li"))).isNotEmpty();
    screenshot("12-sanctions");
  }
}
