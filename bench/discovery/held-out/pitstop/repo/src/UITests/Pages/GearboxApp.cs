using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Gearbox.UITests.Pages
{
    /// <summary>
    /// Page-object entry point for the WebApp (runs against docker-compose on localhost:7005).
    /// </summary>
    public class GearboxApp : IDisposable
    {
        private readonly IWebDriver _driver;
        private readonly string _startUrl;

        public GearboxApp(string startUrl, bool headless)
        {
            _startUrl = startUrl;
            var options = new ChromeOptions();
            if (headless)
            {
                options.AddArgument("--headless=new");
            }
            _driver = new ChromeDriver(options);
        }

        public GearboxApp Start()
        {
            _driver.Navigate().GoToUrl(_startUrl);
            return this;
        }

        public void RegisterCustomer(string name, string email)
        {
            _driver.FindElement(By.LinkText("Customers")).Click();
            _driver.FindElement(By.LinkText("Register customer")).Click();
            _driver.FindElement(By.Id("Name")).SendKeys(name);
            _driver.FindElement(By.Id("Address")).SendKeys("Dorpsstraat 1");
            _driver.FindElement(By.Id("PostalCode")).SendKeys("1234 AB");
            _driver.FindElement(By.Id("City")).SendKeys("Utrecht");
            _driver.FindElement(By.Id("TelephoneNumber")).SendKeys("0612345678");
            _driver.FindElement(By.Id("EmailAddress")).SendKeys(email);
            _driver.FindElement(By.Id("SubmitButton")).Click();
        }

        public bool CustomerListContains(string name) =>
            _driver.FindElements(By.XPath($"//td[text()='{name}']")).Any();

        public void Dispose() => _driver.Quit();
    }
}
